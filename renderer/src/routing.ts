import { useSyncExternalStore } from 'react';

/** The app's few screens, kept in the URL hash so a reload returns to the same place. */
export type Route = { name: 'list' } | { name: 'search' } | { name: 'library' } | { name: 'reviews' } | { name: 'backups' } | { name: 'assessment'; id: string };

export function parseRoute(hash: string): Route {
  if (hash === '#/search') return { name: 'search' };
  if (hash === '#/library') return { name: 'library' };
  if (hash === '#/reviews') return { name: 'reviews' };
  if (hash === '#/backups') return { name: 'backups' };
  const match = /^#\/assessments\/([0-9a-f-]{36})$/i.exec(hash);
  return match?.[1] ? { name: 'assessment', id: match[1] } : { name: 'list' };
}

export function routeHref(route: Route): string {
  if (route.name === 'assessment') return `#/assessments/${route.id}`;
  if (route.name === 'search' || route.name === 'library' || route.name === 'reviews' || route.name === 'backups') return `#/${route.name}`;
  return '#/';
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
