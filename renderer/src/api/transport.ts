import type { Result } from '../../../shared/contract';
import './bridge';

/**
 * The only place that knows whether we run in Electron (IPC through the preload bridge) or
 * in browser mode (loopback HTTP with the per-run token). Everything else calls `invoke`.
 */
export type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

const TOKEN_KEY = 'hia-token';
const TOKEN_HEADER = 'x-hia-token';
const API_PATH = 'api/invoke';

/**
 * Browser mode gets its token in the URL fragment (never sent to any server). Keep it for
 * this tab's reloads and take it out of the address bar so it is not bookmarked or shared.
 */
export function captureTokenFromUrl(): void {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (!match?.[1]) return;
  sessionStorage.setItem(TOKEN_KEY, match[1]);
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
}

const httpInvoke: Invoke = async (channel, input) => {
  try {
    const body = JSON.stringify({ channel, input });
    const res = await fetch(API_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: sessionStorage.getItem(TOKEN_KEY) ?? '' },
      body,
      // Lets an autosave fired on page hide finish after the page is gone; browsers allow
      // keepalive only for small bodies (64 KB), larger saves are sent normally.
      keepalive: body.length < 60_000,
    });
    return (await res.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'NETWORK', message: 'Cannot reach the local host' } };
  }
};

export const invoke: Invoke = (channel, input) =>
  window.hia ? window.hia.invoke(channel, input) : httpInvoke(channel, input);
