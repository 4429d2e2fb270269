import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempDir } from './run-cli';

const EXAMPLES = path.join(REPO_ROOT, 'examples');

describe('examples/', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));

  it('holds the seven documented sweeps', () => {
    expect(files.sort()).toEqual([
      'adam-gelu.yaml',
      'adaptive-width.yaml',
      'budget.yaml',
      'mixed-shapes.yaml',
      'paper-d5.yaml',
      'quick.yaml',
      'width-scaling.yaml',
    ]);
  });

  // Submitting to a coordinator that is not there fails only after validation: a bad file
  // would exit 2 first, so exit 1 with "UNAVAILABLE" proves the file is valid.
  it.each(files)('%s is a valid sweep file', async (file) => {
    const result = await runCli(
      ['submit', path.join(EXAMPLES, file), '--coordinator', '127.0.0.1:1'],
      {
        cwd: tempDir(),
      },
    );
    expect(result.stderr).toContain('UNAVAILABLE');
    expect(result.code).toBe(1);
  });
});
