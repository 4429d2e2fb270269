import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { checkReadOnlySql, runReadOnlyQuery, streamReadOnlyQuery } from './read-only-query';
import {
  InvalidInputError,
  QueryRejectedError,
  QueryTimeoutError,
  ReadOnlyViolationError,
} from './errors';
import type { Store } from './store';
import { DIALECTS, freshLocation } from './test-support/databases';
import { grid, outcome } from './test-support/fixtures';

const ENDLESS = 'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r)';

const WRITES: [string, RegExp][] = [
  ['DELETE FROM trials', /DELETE/],
  ['DROP TABLE results', /DROP/],
  ["UPDATE trials SET status = 'done'", /UPDATE/],
  ["INSERT INTO workers VALUES ('x', 'h', 1, 'b', 'v', 's', 0, 0, 0)", /INSERT/],
  ['CREATE TABLE evil (x integer)', /CREATE/],
  ["ATTACH DATABASE '/tmp/thresher-evil.db' AS evil", /ATTACH/],
  ['PRAGMA writable_schema = 1', /PRAGMA writable_schema/],
  ['PRAGMA query_only = 0', /PRAGMA query_only/],
  ['VACUUM', /VACUUM/],
  ['  /* hidden */ -- comment\n delete from trials', /DELETE/],
  [
    'WITH doomed AS (SELECT trial_id FROM trials) DELETE FROM trials WHERE trial_id IN (SELECT trial_id FROM doomed)',
    /read-only|readonly|modify/i,
  ],
];

describe.each(DIALECTS)('read-only queries on %s', (dialect) => {
  let location: string;
  let store: Store;
  const snapshot = async () =>
    (
      await runReadOnlyQuery(
        location,
        'SELECT sweep, trial_id, status, train_loss FROM trial_results ORDER BY trial_id',
      )
    ).rows;

  beforeAll(async () => {
    location = freshLocation(dialect);
    store = await openStore(location);
    await store.insertSweep({ name: 's', spec: {}, trials: grid([8, 16], [0, 1]) });
    const [lease] = await store.leaseTrials({
      workerId: 'w',
      max: 1,
      leaseMs: 1000,
      now: new Date(),
    });
    await store.completeAttempt({
      attemptId: lease!.attemptId,
      workerId: 'w',
      outcome: outcome(),
      now: new Date(),
    });
  });
  afterAll(async () => {
    await store.close();
  });

  it('answers SELECTs with columns and rows', async () => {
    const result = await runReadOnlyQuery(
      location,
      "SELECT n, count(*) AS trials, sum(CASE WHEN status = 'done' THEN 1 ELSE 0 END) AS done FROM trial_results GROUP BY n ORDER BY n",
    );
    expect(result).toEqual({
      columns: ['n', 'trials', 'done'],
      rows: [
        [8, 2, 0],
        [16, 2, 1], // the queue leased the heaviest trial first
      ],
    });
    const withSemicolon = await runReadOnlyQuery(
      location,
      "SELECT 'a;b' AS x, bias FROM trial_results LIMIT 1;",
    );
    expect(withSemicolon.rows).toEqual([['a;b', 0]]);
  });

  it.each(WRITES)('refuses %s and changes nothing', async (statement, why) => {
    const before = await snapshot();
    const error = await runReadOnlyQuery(location, statement).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadOnlyViolationError);
    expect((error as Error).message).toMatch(why);
    expect((error as Error).message).toMatch(/read-only|readonly/i);
    expect(await snapshot()).toEqual(before);
    const tables = await store.trialResults();
    expect(tables).toHaveLength(4);
  });

  it('rejects several statements', async () => {
    const error = await runReadOnlyQuery(location, 'SELECT 1; DELETE FROM trials').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(QueryRejectedError);
    expect((error as Error).message).toMatch(/one statement/);
    expect(await snapshot()).toHaveLength(4);
  });

  it('returns the database message for a bad query', async () => {
    const error = await runReadOnlyQuery(
      location,
      'SELECT no_such_column FROM trial_results',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryRejectedError);
    expect((error as QueryRejectedError).dbMessage).toMatch(/no_such_column/);
    const syntax = await runReadOnlyQuery(location, 'SELEC 1').catch((e: unknown) => e);
    expect(syntax).toBeInstanceOf(ReadOnlyViolationError); // not a read statement at all
    const broken = await runReadOnlyQuery(location, 'SELECT FROM WHERE').catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(QueryRejectedError);
    expect((broken as QueryRejectedError).dbMessage).toMatch(/syntax/i);
  });
  it('stops a query that never ends after its time limit', async () => {
    for (const tail of ['SELECT count(*) FROM r', 'SELECT x FROM r']) {
      const started = Date.now();
      const error = await runReadOnlyQuery(location, `${ENDLESS} ${tail}`, {
        timeoutMs: 1000,
      }).catch((e: unknown) => e);
      const elapsed = Date.now() - started;
      expect(error).toBeInstanceOf(QueryTimeoutError);
      expect((error as QueryTimeoutError).code).toBe('QUERY_TIMEOUT');
      expect((error as Error).message).toMatch(/time limit of 1 s/);
      // Not before the limit; well before "never" (a loaded machine may be slow to kill).
      expect(elapsed).toBeGreaterThanOrEqual(950);
      expect(elapsed).toBeLessThan(30_000);
    }
    expect(await snapshot()).toHaveLength(4);
  });

  it('streams rows in bounded chunks, and stops when the caller stops reading', async () => {
    let total = 0;
    let chunks = 0;
    let largest = 0;
    for await (const chunk of streamReadOnlyQuery(
      location,
      `${ENDLESS} SELECT x FROM r LIMIT 200000`,
    )) {
      expect(chunk.columns).toEqual(['x']);
      total += chunk.rows.length;
      largest = Math.max(largest, chunk.rows.length);
      chunks++;
    }
    expect(total).toBe(200_000);
    expect(chunks).toBeGreaterThan(100);
    expect(largest).toBeLessThanOrEqual(1000);
    // An endless result, left after its first rows: the query ends with the loop.
    let seen = 0;
    for await (const chunk of streamReadOnlyQuery(location, `${ENDLESS} SELECT x FROM r`)) {
      seen += chunk.rows.length;
      if (seen > 0) break;
    }
    expect(seen).toBeGreaterThan(0);
    expect(await snapshot()).toHaveLength(4);
  });

  it('answers statements that are not plain SELECTs (EXPLAIN) and empty results', async () => {
    expect((await runReadOnlyQuery(location, 'EXPLAIN SELECT 1')).rows.length).toBeGreaterThan(0);
    expect(await runReadOnlyQuery(location, 'SELECT trial_id FROM trials WHERE 1 = 0')).toEqual({
      columns: ['trial_id'],
      rows: [],
    });
  });

  it('refuses a time limit that is not positive', async () => {
    for (const timeoutMs of [0, -1, Number.NaN]) {
      await expect(runReadOnlyQuery(location, 'SELECT 1', { timeoutMs })).rejects.toBeInstanceOf(
        InvalidInputError,
      );
    }
  });
});

describe('checkReadOnlySql', () => {
  it('sees through comments and literals', () => {
    expect(checkReadOnlySql("select ';delete' -- ; drop\n", 'sqlite')).toBe('SELECT');
    expect(checkReadOnlySql('select $x$ ; drop $x$', 'postgres')).toBe('SELECT');
    expect(checkReadOnlySql('PRAGMA table_info(trials)', 'sqlite')).toBe('PRAGMA table_info');
    expect(() => checkReadOnlySql('/* select */ drop table x', 'postgres')).toThrow(/DROP/);
    expect(() => checkReadOnlySql('PRAGMA journal_mode(delete)', 'sqlite')).toThrow(/journal_mode/);
    expect(() => checkReadOnlySql('', 'sqlite')).toThrow(/empty/);
  });
});
