/**
 * The BullMQ backend's settings and its Redis URL check (where a flag or setting enters): a light
 * module, so commands that do not use Redis never load BullMQ or its client.
 */
import { InputError } from './errors.js';

/** Checks a Redis URL from a flag or a request: redis://host:port[/db] (rediss:// for TLS). */
export function redisUrl(value: string | undefined, flag = '--redis'): string {
  if (value === undefined || value.trim() === '') throw new InputError(`${flag} is missing: give the Redis server the workers use, e.g. ${flag} redis://127.0.0.1:6379`);
  let u: URL;
  try { u = new URL(value); } catch { throw new InputError(`${flag} ${value}: not a URL; give redis://host:port, e.g. redis://127.0.0.1:6379`); }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new InputError(`${flag} ${value}: the scheme must be redis:// (or rediss:// for TLS), e.g. redis://127.0.0.1:6379`);
  if (u.hostname === '') throw new InputError(`${flag} ${value}: no host; give redis://host:port`);
  if (u.pathname !== '' && u.pathname !== '/' && !/^\/\d{1,2}$/.test(u.pathname)) throw new InputError(`${flag} ${value}: the path must be a database number (e.g. /0) or nothing`);
  return value;
}

export const BULLMQ_DEFAULTS = Object.freeze({
  /** Tries per chunk (a stall counts as one) before the sweep stops. */
  attempts: 3,
  /** Chunks in flight per sender: enough for many workers, bounded memory (each ≈ 40 KB out, 0.3 MB back). */
  capacity: 64,
  /** How often the sender looks for finished chunks (ms). */
  pollMs: 15,
  /** How often the sender checks that its chunks' jobs still exist and have not failed (ms). */
  checkMs: 1000,
  /** A worker's lock on a chunk (ms): a killed worker's chunk runs again elsewhere within about this long. */
  lockMs: 10_000,
});
