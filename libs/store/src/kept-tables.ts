import type { StoreContext } from './store-context';

/** Tables kept by triggers that a database made by an older build may not have yet. */
export type KeptTable = 'sweep_counts' | 'sweep_cells';

const known = new WeakMap<StoreContext, Map<KeptTable, Promise<boolean>>>();

/**
 * Whether the database has `table` (0011 added `sweep_counts`, 0012 `sweep_cells`): a read-only
 * open does not migrate, so an older database is read without them. Asked once per store.
 */
export function hasKeptTable(c: StoreContext, table: KeptTable): Promise<boolean> {
  let tables = known.get(c);
  if (!tables) known.set(c, (tables = new Map()));
  let answer = tables.get(table);
  if (!answer) {
    answer = c.read((db) => c.dialect.hasTable(db, table));
    tables.set(table, answer);
    // A failed check (connection lost) is asked again next time.
    answer.catch(() => tables.delete(table));
  }
  return answer;
}
