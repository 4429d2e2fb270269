import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';

export type DialectName = 'sqlite' | 'postgres';
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

let sqliteDir: string | undefined;

/** A fresh, empty database location: a new SQLite file, or a new PostgreSQL schema. */
export function freshLocation(dialect: DialectName): string {
  const tag = randomBytes(6).toString('hex');
  if (dialect === 'sqlite') {
    sqliteDir ??= mkdtempSync(join(tmpdir(), 'thresher-store-'));
    return join(sqliteDir, `t_${tag}.db`);
  }
  const url = new URL(inject('pgUrl'));
  url.searchParams.set('schema', `t_${tag}`);
  return url.toString();
}
