import { sql, type CreateTableBuilder, type Kysely, type RawBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/**
 * The few places where SQLite and PostgreSQL need different SQL, in one spot.
 * Everything else is written once with Kysely's query builder.
 */
export class SqlDialect {
  constructor(readonly name: DialectName) {}

  /** PostgreSQL locks rows (FOR UPDATE [SKIP LOCKED]); SQLite locks the whole file instead. */
  get rowLocks(): boolean {
    return this.name === 'postgres';
  }

  /** Largest number of bound parameters one statement may carry (SQLite 32766, PostgreSQL 65535). */
  get maxParameters(): number {
    return this.name === 'sqlite' ? 32_000 : 65_000;
  }

  /**
   * Taken first by the transactions that change which trials the sweeps want (submit,
   * cancel, retry), so that they run one at a time even from several coordinators on one
   * database. Under READ COMMITTED they would otherwise interleave: two submissions read
   * the same max(seq) and position, two creations of one sweep collide on its name, and a
   * cancellation misses the links of a sweep being submitted and cancels trials it wants.
   * PostgreSQL: a transaction-scoped advisory lock, per schema; SQLite: BEGIN IMMEDIATE
   * already serializes every write transaction.
   */
  async lockSweepMembership<DB>(db: Kysely<DB>): Promise<void> {
    if (this.name !== 'postgres') return;
    await sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.thresher.sweeps'))`.execute(
      db,
    );
  }

  /** Whether a table exists where unqualified names resolve (the store's schema). */
  async hasTable<DB>(db: Kysely<DB>, table: string): Promise<boolean> {
    const query =
      this.name === 'sqlite'
        ? sql<{
            found: unknown;
          }>`select name as found from sqlite_master where type = 'table' and name = ${table}`
        : sql<{ found: unknown }>`select to_regclass(${table}) as found`;
    const { rows } = await query.execute(db);
    return rows[0]?.found !== undefined && rows[0]?.found !== null;
  }

  /** An auto-incremented integer primary key column. */
  autoIncrementKey<T extends string>(
    table: CreateTableBuilder<T>,
    column: string,
  ): CreateTableBuilder<T, string> {
    return this.name === 'sqlite'
      ? table.addColumn(column, 'integer', (c) => c.primaryKey().autoIncrement())
      : table.addColumn(column, 'serial', (c) => c.primaryKey());
  }

  /** SQLite stores a table clustered on its primary key when asked (WITHOUT ROWID). */
  compactTable<T extends string, C extends string>(
    table: CreateTableBuilder<T, C>,
  ): CreateTableBuilder<T, C> {
    return this.name === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table;
  }

  /**
   * After a bulk insert. PostgreSQL plans the queue queries from table statistics; right
   * after 100 000 new trials they are stale (autovacuum is minutes away) and the lease
   * query turns into a hash join over the whole table (70 ms instead of 0.1 ms).
   * SQLite's planner needs no statistics for these queries.
   */
  async refreshStatistics<DB>(db: Kysely<DB>, tables: readonly string[]): Promise<void> {
    if (this.name !== 'postgres') return;
    await sql`analyze ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db);
  }

  /**
   * PostgreSQL only: the rows of `table` given as one JSON parameter, typed by the
   * table's own row type. One small statement per 10 000 rows instead of a
   * 26 000-parameter one per 1 000 rows: parsing and binding those dominated bulk inserts.
   */
  rowsFromJson(table: string, rows: readonly object[]): RawBuilder<unknown> {
    if (this.name !== 'postgres') throw new Error('rowsFromJson is PostgreSQL only');
    return sql`select * from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json)`;
  }
}
