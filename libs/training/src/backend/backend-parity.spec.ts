import { METRIC_NAMES, PARAM_DEFAULTS, type TrialMetrics, type TrialParams } from '@thresher/sweep';
import { describe, expect, it } from 'vitest';
import { selectBackend, trainTrial, type BackendName } from '../index';

// The same trial on the native and the WebAssembly backend: float32 kernels differ only in
// summation order, so every metric agrees to 1e-4 relative.
const TOLERANCE = 1e-4;

const trials: Record<string, TrialParams> = {
  'relu, gd': {
    ...PARAM_DEFAULTS,
    n: 64,
    width: 16,
    seed: 3,
    steps: 400,
    record_every: 100,
    init_scale: 0.1,
  },
  'gelu, adam': {
    ...PARAM_DEFAULTS,
    n: 48,
    width: 8,
    seed: 5,
    steps: 300,
    record_every: 100,
    activation: 'gelu',
    optimizer: 'adam',
    lr: 0.01,
    init_scale: 0.1,
  },
};

async function metricsOn(backend: BackendName, params: TrialParams): Promise<TrialMetrics> {
  expect(await selectBackend(backend)).toBe(backend);
  const result = await trainTrial(params);
  if (!result.ok) throw result.error;
  expect(result.outcome.backend).toBe(backend);
  return result.outcome.metrics;
}

function relDiff(x: number, y: number): number {
  return x === y ? 0 : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
}

describe('tensorflow and wasm backends', () => {
  it.each(Object.entries(trials))('train %s to the same metrics', async (_label, params) => {
    const native = await metricsOn('tensorflow', params);
    const wasm = await metricsOn('wasm', params);
    for (const name of METRIC_NAMES) {
      const [a, b] = [native[name], wasm[name]];
      if (typeof a !== 'number' || typeof b !== 'number') expect(b, name).toBe(a);
      else expect(relDiff(a, b), `${name}: ${a} vs ${b}`).toBeLessThanOrEqual(TOLERANCE);
    }
  });
});
