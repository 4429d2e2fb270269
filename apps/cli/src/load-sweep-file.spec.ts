import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError, ExitCode } from './errors';
import { loadSweepFile, submittedTrials } from './load-sweep-file';

function file(text: string): string {
  const p = path.join(mkdtempSync(path.join(os.tmpdir(), 'thresher-cli-')), 'sweep.yaml');
  writeFileSync(p, text);
  return p;
}

describe('loadSweepFile', () => {
  it('returns the validated sweep', async () => {
    const spec = await loadSweepFile(file('name: ok\ngrid: {n: [8, 16], width: [4]}'));
    expect(spec.grid.n).toEqual([8, 16]);
  });

  it('refuses a grid over a million trials unless told yes', async () => {
    const huge = file('name: big\ngrid: {n: {range: [1, 1001]}, width: {range: [1, 1000]}}');
    await expect(loadSweepFile(huge)).rejects.toMatchObject({ exitCode: ExitCode.usage });
    await expect(loadSweepFile(huge)).rejects.toThrow(/1001000 trials/);
    await expect(loadSweepFile(huge, { yes: true })).resolves.toMatchObject({ name: 'big' });
  });

  it('reads a searched sweep, search block kept; it submits round 0', async () => {
    const spec = await loadSweepFile(
      file(
        'name: s\ngrid: {width: [4, 8], seed: {range: [0, 1]}}\nsearch: {n: {from: 8, to: 4096, target_ci: 2}}',
      ),
    );
    expect(spec).toMatchObject({ name: 's', search: { n: { from: 8, to: 4096, target_ci: 2 } } });
    const trials = submittedTrials(spec);
    expect(trials).toHaveLength(2 * 2 * 3);
    expect([...new Set(trials.map((t) => t.n))]).toEqual([8, 38, 181]);
  });

  it('names an unreadable file', async () => {
    const error = await loadSweepFile('/nonexistent/x.yaml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(ExitCode.usage);
  });
});
