import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { runReadOnlyQuery } from './read-only-query';
import { StoreConnectionError } from './errors';

describe('connection errors', () => {
  it('are typed and retryable', async () => {
    const unreachable = await openStore('postgres://thresher:x@127.0.0.1:1/nothing').catch(
      (e: unknown) => e,
    );
    expect(unreachable).toBeInstanceOf(StoreConnectionError);
    expect(unreachable).toMatchObject({ name: 'StoreConnectionError', retryable: true });
    expect((unreachable as Error).message).not.toContain(':x@'); // password hidden
    const missing = join(mkdtempSync(join(tmpdir(), 'thresher-missing-')), 'nope.db');
    await expect(runReadOnlyQuery(missing, 'SELECT 1')).rejects.toBeInstanceOf(
      StoreConnectionError,
    );
    await expect(openStore(missing, { readonly: true })).rejects.toBeInstanceOf(
      StoreConnectionError,
    );
    await expect(openStore(join(missing, 'sub', 'dir.db'))).rejects.toBeInstanceOf(
      StoreConnectionError,
    );
  });
});
