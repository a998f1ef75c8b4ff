// Small helpers shared by the sandbox's handlers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxState } from './tenant-state';

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Host header without port, lower-case. */
  host: string;
  /** 'https' or 'http' (the sandbox answers both on one port). */
  scheme: 'https' | 'http';
  state: SandboxState;
  body: () => Promise<string>;
}

export type Handler = (ctx: RequestContext) => Promise<void> | void;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 1_000_000) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

export function sendHtml(res: ServerResponse, html: string, status = 200, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(html);
}

export function sendText(res: ServerResponse, status: number, text: string, contentType = 'text/plain'): void {
  res.writeHead(status, { 'content-type': `${contentType}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(text);
}

/**
 * Answers a CORS preflight as Microsoft's endpoints do: the asking origin and the headers it asks for are
 * allowed.
 */
export function answerPreflight(ctx: RequestContext, methods: string[]): void {
  const asked = ctx.req.headers['access-control-request-headers'];
  ctx.res.writeHead(200, {
    'access-control-allow-origin': ctx.req.headers.origin ?? '*',
    'access-control-allow-methods': methods.join(', '),
    'access-control-allow-headers': typeof asked === 'string' && asked ? asked : 'Authorization, Content-Type',
    'access-control-max-age': '86400',
    'content-length': '0',
  });
  ctx.res.end();
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
