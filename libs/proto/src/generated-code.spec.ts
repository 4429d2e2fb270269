import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate } = require('../scripts/compile-proto.js') as {
  generate(out: string): Promise<string[]>;
};

describe('generated code', () => {
  const out = mkdtempSync(join(tmpdir(), 'thresher-proto-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is what the generator produces from proto/ today (regenerate with nx run proto:generate)', async () => {
    await generate(out);
    const committed = join(__dirname, 'generated');
    expect(readdirSync(out).sort()).toEqual(readdirSync(committed).sort());
    for (const file of readdirSync(out)) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(
        readFileSync(join(committed, file), 'utf8'),
      );
    }
  });

  it('starts with a do-not-edit header', () => {
    for (const file of readdirSync(join(__dirname, 'generated'))) {
      expect(readFileSync(join(__dirname, 'generated', file), 'utf8')).toMatch(
        /^\/\/ GENERATED FILE - DO NOT EDIT/,
      );
    }
  });
});
