import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { BackendUnavailableError, probeBackends, selectBackend } from './backend';

// A native module that is not installed here: the real failure a machine without a provisioned
// tfjs-node sees (tfjs-node-gpu registers the same 'tensorflow' backend when present).
const ABSENT_NATIVE = '@tensorflow/tfjs-node-gpu';

describe('when the native backend cannot load', () => {
  it('selectBackend("tensorflow") fails fast with a typed error', async () => {
    const err = await selectBackend('tensorflow', { nativeModule: ABSENT_NATIVE }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(BackendUnavailableError);
    const e = err as BackendUnavailableError;
    expect(e.name).toBe('BackendUnavailableError');
    expect(e.backend).toBe('tensorflow');
    expect(e.retryable).toBe(false);
    expect(e.reason).toContain(`${ABSENT_NATIVE} is not installed`);
    expect((e.cause as { code?: string }).code).toBe('MODULE_NOT_FOUND');
  });

  it('auto falls back to wasm with exactly one warning line', async () => {
    const warnings: string[] = [];
    const chosen = await selectBackend('auto', {
      nativeModule: ABSENT_NATIVE,
      warn: (m) => warnings.push(m),
    });
    expect(chosen).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/native TensorFlow backend unavailable .*not installed.*wasm/);
    expect(warnings[0]).not.toContain('\n');
  });

  it('probeBackends reports the native backend as unavailable with the reason', async () => {
    const probes = await probeBackends({ nativeModule: ABSENT_NATIVE });
    const native = probes.find((p) => p.name === 'tensorflow');
    expect(native).toMatchObject({ available: false, version: null });
    expect(native?.reason).toContain('not installed');
    expect(probes.filter((p) => p.available).map((p) => p.name)).toEqual(['wasm', 'cpu']);
  });
});
