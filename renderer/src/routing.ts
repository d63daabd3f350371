import { useSyncExternalStore } from 'react';

/** Screens reached from the header, each at `#/<name>`; the URL hash keeps the place across reloads. */
const PAGES = ['search', 'library', 'reviews', 'backups', 'register', 'coverage', 'indicators'] as const;
type Page = (typeof PAGES)[number];

export type Route = { name: 'list' } | { name: Page } | { name: 'assessment'; id: string };

export function parseRoute(hash: string): Route {
  const page = PAGES.find((p) => hash === `#/${p}`);
  if (page) return { name: page };
  const match = /^#\/assessments\/([0-9a-f-]{36})$/i.exec(hash);
  return match?.[1] ? { name: 'assessment', id: match[1] } : { name: 'list' };
}

export function routeHref(route: Route): string {
  if (route.name === 'assessment') return `#/assessments/${route.id}`;
  if (route.name === 'list') return '#/';
  return `#/${route.name}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route).slice(1);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
