/**
 * What a browser is told, and which browsers' requests are answered.
 *
 * Every response carries a Content-Security-Policy that allows only the server's own scripts,
 * styles, images and connections (no CDN, no inline script, no framing by another page), with
 * X-Content-Type-Options: nosniff, a no-referrer policy and same-origin isolation. Styles may be
 * inline: Observable Plot and React write style attributes; scripts may not.
 *
 * On loopback the server answers only Host values of the loopback names and its bound port, so a
 * web page whose domain re-binds to 127.0.0.1 (DNS rebinding) cannot read the API through the
 * visitor's browser. Off loopback the token (auth.ts) protects every request instead.
 */
import type { FastifyInstance } from 'fastify';
import type { ApiError } from './contract.js';
import { isLoopback } from './auth.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Splits a Host header into name and port ("[::1]:8080" → ["[::1]", 8080]); no port: 80. */
export function parseHost(host: string): { name: string; port: number } | null {
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(host.trim());
  if (!m) return null;
  return { name: m[1]!.toLowerCase().replace(/\.$/, ''), port: m[2] === undefined ? 80 : Number(m[2]) };
}

export function installBrowserHardening(app: FastifyInstance, loopback: { port(): number | null } | undefined): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    reply.header('x-request-id', request.id);
    if (!loopback) return;
    const host = parseHost(request.headers.host ?? '');
    const port = loopback.port();
    if (host && isLoopback(host.name) && (port === null || host.port === port)) return;
    request.log.warn({ host: request.headers.host ?? null }, 'refused a request for another host name (DNS rebinding guard)');
    return reply.code(421).send({
      error: 'wrong_host',
      message: `this server answers only for localhost, 127.0.0.1 and [::1]${port === null ? '' : ` on port ${port}`}; open it as http://127.0.0.1${port === null ? '' : `:${port}`}/ (a page that reached it under another name is refused, to stop DNS rebinding)`,
    } satisfies ApiError);
  });
}
