import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from './dispatcher';
import { SECURITY_HEADERS } from './security/csp';
import { mimeType, resolveStaticPath } from './security/static-files';

export interface WebHostOptions {
  dispatch: Dispatch;
  /** Built renderer (index.html and assets). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Injected in tests; otherwise a fresh random token per run. */
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export interface WebHost {
  url: string;
  /** The URL to open: carries the token in the fragment, which browsers never send to servers. */
  openUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export const LOOPBACK = '127.0.0.1';
export const API_PATH = '/api/invoke';
export const TOKEN_HEADER = 'x-hia-token';

/**
 * Browser mode: serves the renderer and the contract over loopback HTTP. Bound to 127.0.0.1
 * only; every API call needs the per-run token (in a header, so a cross-site form post cannot
 * carry it) and a Host header naming this loopback origin (defeats DNS rebinding).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error(err);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Internal error' } });
      else res.destroy();
    });
  });
  let port = 0;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) return sendText(res, 421, 'Misdirected request');
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
    if (url.pathname === API_PATH) return handleApi(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    return serveStatic(url.pathname, req, res);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed');
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      return sendJson(res, 401, {
        ok: false,
        error: { code: 'UNAUTHORIZED', message: '缺少或错误的访问令牌 / Missing or wrong access token' },
      });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${LOOPBACK}:${port}` && origin !== `http://localhost:${port}`) {
      return sendJson(res, 403, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Cross-origin request refused' } });
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, maxBody));
    } catch (err) {
      const tooLarge = err instanceof BodyTooLarge;
      return sendJson(res, tooLarge ? 413 : 400, {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: tooLarge ? '请求过大 / Request too large' : '请求不是有效的 JSON / Request body is not valid JSON',
        },
      });
    }
    const { channel, input } = (body ?? {}) as { channel?: unknown; input?: unknown };
    sendJson(res, 200, await options.dispatch(channel, input));
  }

  function serveStatic(pathname: string, req: http.IncomingMessage, res: http.ServerResponse): void {
    const file = resolveStaticPath(options.staticDir, pathname);
    if (!file) return sendText(res, 404, 'Not found');
    // Unknown paths fall back to the app page so a reload on any in-app route works.
    const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : resolveStaticPath(options.staticDir, '/');
    if (!target || !fs.existsSync(target)) return sendText(res, 404, 'Renderer not built: run `npm run build:renderer`');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': mimeType(target), 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') return void res.end();
    fs.createReadStream(target).pipe(res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${LOOPBACK}:${port}/`;
  return {
    url,
    openUrl: `${url}#token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
