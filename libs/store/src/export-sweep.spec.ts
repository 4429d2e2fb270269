import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { csvField, exportSweep, TRIAL_RESULT_COLUMNS } from './export-sweep';
import { UnknownSweepError } from './errors';
import type { Store } from './store';
import { DIALECTS, freshLocation } from './test-support/databases';
import { grid, outcome } from './test-support/fixtures';

function collector() {
  const chunks: string[] = [];
  return {
    sink: { write: (chunk: string) => void chunks.push(chunk) },
    text: () => chunks.join(''),
  };
}

describe('csvField', () => {
  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' pad')).toBe('" pad"');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(1e-7)).toBe('1e-7');
  });
});

describe.each(DIALECTS)('exportSweep on %s', (dialect) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(freshLocation(dialect));
    await store.insertSweep({ name: 's', spec: {}, trials: grid([8, 16, 32], [0, 1]) });
    await store.insertSweep({ name: 'other', spec: {}, trials: grid([4], [0]) });
    const leases = await store.leaseTrials({
      workerId: 'w',
      max: 10,
      leaseMs: 1000,
      now: new Date(),
    });
    const [first, second] = leases;
    await store.completeAttempt({
      attemptId: first!.attemptId,
      workerId: 'w',
      outcome: outcome(4),
      now: new Date(),
    });
    await store.failAttempt({
      attemptId: second!.attemptId,
      workerId: 'w',
      error: 'bad, "really"\nbad',
      retryable: false,
      now: new Date(),
      maxAttempts: 3,
    });
  });
  afterAll(async () => {
    await store.close();
  });

  it('writes CSV with a header and RFC 4180 escaping, in pages', async () => {
    const { sink, text } = collector();
    expect(await exportSweep(store, 's', 'csv', sink, { pageSize: 4 })).toEqual({ rows: 6 });
    const out = text();
    expect(out.startsWith(TRIAL_RESULT_COLUMNS.join(',') + '\r\n')).toBe(true);
    expect(out).toContain('"bad, ""really""\nbad"');
    expect(out.split('\r\n').filter((l) => l !== '')).toHaveLength(7);
    expect(out).not.toContain(',other,');
  });

  it('writes JSONL, one object per trial, and curves', async () => {
    const { sink, text } = collector();
    await exportSweep(store, 's', 'jsonl', sink);
    const rows = text()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toHaveLength(6);
    expect(Object.keys(rows[0]!)).toEqual([...TRIAL_RESULT_COLUMNS]);
    expect(rows.filter((r) => r['status'] === 'done')[0]).toMatchObject({
      converged: true,
      bias: false,
      train_loss: 0.01,
    });
    const curves = collector();
    expect(await exportSweep(store, 's', 'jsonl', curves.sink, { table: 'curves' })).toEqual({
      rows: 4,
    });
    expect(JSON.parse(curves.text().split('\n')[0]!)).toMatchObject({
      step: 0,
      train_loss: 1,
      test_loss: 2,
      // The fixture's curves carry no per-step alignment: null, not left out.
      aligned_fraction: null,
    });
  });

  it('streams to a file and refuses unknown sweeps', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'thresher-export-')), 'out.csv');
    const file = createWriteStream(path);
    await exportSweep(store, 's', 'csv', file, { table: 'curves' });
    file.end();
    await once(file, 'finish');
    expect(readFileSync(path, 'utf8').split('\r\n')[0]).toBe(
      'trial_id,step,train_loss,test_loss,aligned_fraction',
    );
    await expect(exportSweep(store, 'nope', 'csv', collector().sink)).rejects.toBeInstanceOf(
      UnknownSweepError,
    );
  });
});
