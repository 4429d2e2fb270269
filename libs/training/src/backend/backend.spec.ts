import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { probeBackends, selectBackend } from './backend';

// A real computation on each backend: X·w for a small matrix, checked against plain JS.
async function matVecOnActiveBackend(): Promise<number[]> {
  const x = tf.tensor2d([1, 2, 3, 4, 5, 6], [2, 3]);
  const w = tf.tensor2d([0.5, -1, 2], [3, 1]);
  const out = tf.matMul(x, w);
  const values = Array.from(await out.data());
  tf.dispose([x, w, out]);
  return values;
}
const EXPECTED = [1 * 0.5 - 2 + 3 * 2, 4 * 0.5 - 5 + 6 * 2];

describe('selectBackend', () => {
  it('runs on the native TensorFlow backend', async () => {
    expect(await selectBackend('tensorflow')).toBe('tensorflow');
    expect(tf.getBackend()).toBe('tensorflow');
    expect(await matVecOnActiveBackend()).toEqual(EXPECTED);
  });

  it('auto picks the native backend without warning when it loads', async () => {
    await selectBackend('cpu');
    const warnings: string[] = [];
    expect(await selectBackend('auto', { warn: (m) => warnings.push(m) })).toBe('tensorflow');
    expect(tf.getBackend()).toBe('tensorflow');
    expect(warnings).toEqual([]);
  });

  it('loads the wasm backend offline from the package files', async () => {
    expect(await selectBackend('wasm')).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(await matVecOnActiveBackend()).toEqual(EXPECTED);
  });

  it('loads the cpu backend', async () => {
    expect(await selectBackend('cpu')).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    expect(await matVecOnActiveBackend()).toEqual(EXPECTED);
  });
});

describe('probeBackends', () => {
  it('reports every backend with its version and the TensorFlow version behind the native one', async () => {
    await selectBackend('cpu');
    const probes = await probeBackends();
    expect(probes.map((p) => [p.name, p.available])).toEqual([
      ['tensorflow', true],
      ['wasm', true],
      ['cpu', true],
    ]);
    for (const p of probes) expect(p.version).toBe('4.22.0');
    expect(probes[0]?.tensorflowVersion).toMatch(/^2\.\d+\.\d+/);
    // The backend active before probing is active again.
    expect(tf.getBackend()).toBe('cpu');
  });
});
