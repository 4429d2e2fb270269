import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { PARAM_NAMES, paramDef } from '@thresher/sweep';
import { connect } from './connect';
import { migrate } from './migrate';
import { paramsFromColumns, paramsToColumns } from './param-columns';
import { DIALECTS, freshLocation } from './test-support/databases';
import { trial } from './test-support/fixtures';

describe.each(DIALECTS)('parameter columns on %s', (dialect) => {
  it('has one column per declared parameter, of its declared SQL type, in trials and trial_results', async () => {
    const connection = await connect(freshLocation(dialect));
    try {
      await migrate(connection);
      const db = connection.db.withoutPlugins();
      const columns = async (table: string): Promise<Map<string, string>> => {
        if (dialect === 'sqlite') {
          const info = await sql<{ name: string; type: string }>`
            SELECT name, type FROM pragma_table_info(${table})`.execute(db);
          return new Map(info.rows.map((r) => [r.name, r.type.toLowerCase()]));
        }
        const info = await sql<{ column_name: string; data_type: string }>`
          SELECT column_name, data_type FROM information_schema.columns
          WHERE table_name = ${table} AND table_schema = current_schema()`.execute(db);
        return new Map(info.rows.map((r) => [r.column_name, r.data_type]));
      };
      const trials = await columns('trials');
      const view = await columns('trial_results');
      for (const name of PARAM_NAMES) {
        expect(trials.get(name), `trials.${name}`).toBe(paramDef(name).column);
        expect(view.has(name), `trial_results.${name}`).toBe(true);
      }
    } finally {
      await connection.close();
    }
  });
});

describe('parameter column conversion', () => {
  it('round-trips every parameter, booleans as 0/1 and numbers given back as strings', () => {
    const { params } = trial({ n: 64, width: 32, bias: true, seed: 4_000_000_000 });
    const columns = paramsToColumns(params);
    expect(columns.bias).toBe(1);
    const asDriverGives = Object.fromEntries(
      Object.entries(columns).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]),
    );
    expect(paramsFromColumns(asDriverGives as never)).toEqual(params);
  });
});
