import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core';
import { API_PATH, startWebHost, TOKEN_HEADER, type WebHost } from '../../electron/web-host';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
let core: Core;
let host: WebHost;

afterEach(async () => {
  await host?.close();
  core?.close();
});

async function start() {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'secret');
  core = await createCore({ dbPath: path.join(tempDir(), 'hia.db'), host: 'web' });
  host = await startWebHost({ dispatch: core.dispatch, staticDir });
  return host;
}

/** Raw request so tests can send what a browser would never send (bad Host, no token…). */
function request(
  h: WebHost,
  opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: h.port, method: opts.method ?? 'POST', path: opts.path ?? API_PATH, headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const json = (h: WebHost, channel: unknown, input: unknown, token = h.token) =>
  request(h, {
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify({ channel, input }),
  });

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token in the fragment', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(h.openUrl).toBe(`${h.url}#token=${h.token}`);
    expect(h.token.length).toBeGreaterThanOrEqual(32);
  });

  it('uses a different token on every run', async () => {
    const first = (await start()).token;
    await host.close();
    core.close();
    expect((await start()).token).not.toBe(first);
  });

  it('serves the contract with the token', async () => {
    const h = await start();
    const created = await json(h, 'assessment/create', { title: '控烟条例', kind: 'policy', department: '卫健委' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: '控烟条例' } });
    expect(core.assessments.list()).toHaveLength(1);
  });

  it('refuses requests without the token or with a wrong one, malformed or not, and changes nothing', async () => {
    const h = await start();
    const attempts = [
      request(h, { body: '{"channel":"assessment/create","input":{"title":"x","kind":"policy","department":"y"}}' }),
      request(h, { body: 'this is not json' }),
      request(h, { headers: { [TOKEN_HEADER]: 'wrong' }, body: '{}' }),
      request(h, { headers: { [TOKEN_HEADER]: `${h.token}x` }, body: '{"channel":"app/info"}' }),
      json(h, 'assessment/create', { title: 'x', kind: 'policy', department: 'y' }, ''),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect(core.assessments.list()).toEqual([]);
  });

  it('answers malformed JSON, unknown channels and bad input with typed errors', async () => {
    const h = await start();
    const malformed = await request(h, { headers: { [TOKEN_HEADER]: h.token }, body: '{"channel": ' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.parse((await json(h, 'db/drop', {})).body)).toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    expect(JSON.parse((await json(h, 'assessment/create', { title: 5 })).body)).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    const nullBody = await request(h, { headers: { [TOKEN_HEADER]: h.token }, body: 'null' });
    expect(JSON.parse(nullBody.body)).toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses a foreign Host header (DNS rebinding) and a cross-origin caller', async () => {
    const h = await start();
    const rebinding = await request(h, { headers: { host: 'evil.example', [TOKEN_HEADER]: h.token }, body: '{}' });
    expect(rebinding.status).toBe(421);
    const page = await request(h, { method: 'GET', path: '/', headers: { host: `attacker.test:${h.port}` } });
    expect(page.status).toBe(421);
    const crossOrigin = await request(h, {
      headers: { origin: 'https://evil.example', [TOKEN_HEADER]: h.token },
      body: JSON.stringify({ channel: 'app/info', input: {} }),
    });
    expect(crossOrigin.status).toBe(403);
  });

  it('serves the app with CSP, falls back to index.html, and never serves files outside the folder', async () => {
    const h = await start();
    const page = await request(h, { method: 'GET', path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<title>app</title>');
    expect((await request(h, { method: 'GET', path: '/some/route' })).body).toContain('<title>app</title>');
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await request(h, { method: 'GET', path: p });
      expect(res.body, p).not.toContain('secret');
    }
    expect((await request(h, { method: 'GET', path: API_PATH })).status).toBe(405);
    expect((await request(h, { method: 'DELETE', path: '/' })).status).toBe(405);
  });

  it('refuses an oversized body with 413 and keeps serving', async () => {
    const staticDir = tempDir();
    core = await createCore({ dbPath: ':memory:', host: 'web' });
    host = await startWebHost({ dispatch: core.dispatch, staticDir, maxBodyBytes: 1024 });
    const big = await request(host, { headers: { [TOKEN_HEADER]: host.token }, body: 'x'.repeat(10_000) });
    expect(big.status).toBe(413);
    expect(JSON.parse((await json(host, 'app/info', {})).body)).toMatchObject({ ok: true });
  });
});
