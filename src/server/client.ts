/** A request's client, as the work it asked for sees it. */
import type { FastifyReply } from 'fastify';

/** Aborts when the client disconnects before its answer has been sent (its work can then stop). */
export function clientSignal(reply: FastifyReply): AbortSignal {
  const ctl = new AbortController();
  const res = reply.raw;
  res.once('close', () => { if (!res.writableFinished) ctl.abort(); });
  return ctl.signal;
}
