/**
 * Bound to 127.0.0.1 by default. On any other address the server needs BALLAST_TOKEN and checks
 * it on every request: an `Authorization: Bearer` header, a `ballast_token` cookie, or a `token`
 * query parameter (which sets the cookie, so a browser can open the dashboard with one link).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ApiError } from './contract.js';

/** Names that always mean this machine: localhost, 127.0.0.0/8 and ::1 (bracketed as in a Host header or a URL, or not). */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}

/** A cookie value decoded, or null when its percent-escapes are malformed (it then carries no token). */
function decodeCookie(v: string): string | null {
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function installTokenCheck(app: FastifyInstance, token: string): void {
  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
    const cookie = request.headers.cookie?.split(';').map((c) => c.trim()).find((c) => c.startsWith('ballast_token='))?.slice('ballast_token='.length);
    const query = (request.query as Record<string, unknown> | undefined)?.token;
    const given = header ?? (typeof query === 'string' ? query : undefined) ?? (cookie ? decodeCookie(cookie) : undefined) ?? undefined;
    if (given === undefined || !same(given, token)) {
      return reply.code(401).send({ error: 'unauthorized', message: 'this server needs its token: send "Authorization: Bearer <BALLAST_TOKEN>", or open the dashboard once with ?token=<BALLAST_TOKEN>' } satisfies ApiError);
    }
    if (typeof query === 'string') reply.header('set-cookie', `ballast_token=${encodeURIComponent(query)}; HttpOnly; SameSite=Strict; Path=/`);
  });
}
