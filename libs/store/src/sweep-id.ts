import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { UnknownSweepError } from './errors';

export async function sweepIdOf(db: Kysely<Database>, name: string): Promise<number> {
  const row = await db
    .selectFrom('sweeps')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirst();
  if (row === undefined) throw new UnknownSweepError(name);
  return row.id;
}
