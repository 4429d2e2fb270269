import { sql, type CreateTableBuilder } from 'kysely';

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

  /** An auto-incremented integer primary key column. */
  autoIncrementKey<T extends string>(table: CreateTableBuilder<T>, column: string): CreateTableBuilder<T, string> {
    return this.name === 'sqlite'
      ? table.addColumn(column, 'integer', (c) => c.primaryKey().autoIncrement())
      : table.addColumn(column, 'serial', (c) => c.primaryKey());
  }

  /** SQLite stores a table clustered on its primary key when asked (WITHOUT ROWID). */
  compactTable<T extends string, C extends string>(table: CreateTableBuilder<T, C>): CreateTableBuilder<T, C> {
    return this.name === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table;
  }
}
