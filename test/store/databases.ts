/** The databases every store test runs against: SQLite in a temp file, and a fresh PostgreSQL database. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export type Backend = 'sqlite' | 'postgres';
export const BACKENDS: Backend[] = ['sqlite', 'postgres'];

/** A new, empty database of the backend: its URL. */
export async function freshDatabase(backend: Backend): Promise<string> {
  if (backend === 'sqlite') return join(mkdtempSync(join(tmpdir(), 'ballast-store-')), 'ballast.db');
  const admin = inject('pgAdminUrl');
  const name = `ballast_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try { await client.query(`CREATE DATABASE ${name}`); } finally { await client.end(); }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
