import type { Kysely } from 'kysely';
import type { Database } from './schema';
import type { StoreContext } from './store-context';
import type { SearchRound, SearchRoundRecord } from './store';
import { InvalidInputError, SearchRoundTakenError } from './errors';
import { requirePositiveInteger, requireText } from './validate';
import { sweepIdOf } from './sweep-id';

/** A group key is a canonical parameters JSON: a few hundred characters. */
const MAX_GROUP_KEY = 10_000;

export function validateRounds(rounds: unknown): SearchRound[] {
  if (rounds === undefined) return [];
  if (!Array.isArray(rounds)) throw new InvalidInputError('rounds', 'must be an array');
  return rounds.map((r: Partial<SearchRound> | null | undefined, i) => {
    const where = `rounds[${i}]`;
    const freeSlots = r?.freeSlots ?? null;
    if (
      freeSlots !== null &&
      (typeof freeSlots !== 'number' || !Number.isSafeInteger(freeSlots) || freeSlots < 0)
    ) {
      throw new InvalidInputError(`${where}.freeSlots`, 'must be null or an integer >= 0');
    }
    return {
      groupKey: requireText(`${where}.groupKey`, r?.groupKey, MAX_GROUP_KEY),
      round: requirePositiveInteger(`${where}.round`, r?.round, 1_000_000),
      points: requirePositiveInteger(`${where}.points`, r?.points, 1_000_000),
      freeSlots,
    };
  });
}

/**
 * Records opened rounds inside the caller's write transaction (which holds the sweep
 * membership lock): a round recorded before means another coordinator opened it after this
 * one read the results, so the whole transaction is refused.
 */
export async function recordRounds(
  db: Kysely<Database>,
  sweep: { id: number; name: string },
  rounds: readonly SearchRound[],
  now: number,
): Promise<void> {
  for (const r of rounds) {
    const taken = await db
      .selectFrom('search_rounds')
      .select('round')
      .where('sweep_id', '=', sweep.id)
      .where('group_key', '=', r.groupKey)
      .where('round', '=', r.round)
      .executeTakeFirst();
    if (taken) throw new SearchRoundTakenError(sweep.name, r.groupKey, r.round);
    await db
      .insertInto('search_rounds')
      .values({
        sweep_id: sweep.id,
        group_key: r.groupKey,
        round: r.round,
        points: r.points,
        free_slots: r.freeSlots,
        created_at: now,
      })
      .execute();
  }
}

/**
 * `unmigrated`: a read-only store is not migrated, and a database from before search rounds
 * has none (its searches replay with the sizes their sweep stored).
 */
export async function searchRounds(
  c: StoreContext,
  name: string,
  unmigrated: boolean,
): Promise<SearchRoundRecord[]> {
  return c.read(async (db) => {
    const sweepId = await sweepIdOf(db, name);
    if (unmigrated && !(await c.dialect.hasTable(db, 'search_rounds'))) return [];
    const rows = await db
      .selectFrom('search_rounds')
      .selectAll()
      .where('sweep_id', '=', sweepId)
      .orderBy('group_key')
      .orderBy('round')
      .execute();
    return rows.map((r) => ({
      groupKey: r.group_key,
      round: Number(r.round),
      points: Number(r.points),
      freeSlots: r.free_slots === null ? null : Number(r.free_slots),
      createdAt: new Date(Number(r.created_at)),
    }));
  });
}
