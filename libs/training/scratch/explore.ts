import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { trainBatch } from '../src';
import { PARAM_DEFAULTS, type TrialParams } from '@thresher/sweep';
async function main() {
  const be = process.env.BE ?? 'wasm';
  if (be === 'wasm') await import('@tensorflow/tfjs-backend-wasm');
  await tf.setBackend(be);
  const ns = (process.env.NS ?? '8,16,32,64,128,256,512').split(',').map(Number);
  const seeds = Number(process.env.SEEDS ?? 3);
  const steps = Number(process.env.STEPS ?? 2000);
  const width = Number(process.env.WIDTH ?? 64);
  const lr = Number(process.env.LR ?? 0.1);
  const d = Number(process.env.D ?? 5);
  const init_scale = Number(process.env.INIT ?? 1e-3);
  const trials: TrialParams[] = [];
  for (const n of ns) for (let s = 0; s < seeds; s++)
    trials.push({ ...PARAM_DEFAULTS, n, width, seed: s, steps, lr, d, init_scale, record_every: Math.max(1, steps / 10), test_size: Number(process.env.T ?? 1000) });
  const t0 = performance.now();
  const res = process.env.SEP ? await (async () => { const out = []; for (const t of trials) out.push(...(await trainBatch([t]))); return out; })() : await trainBatch(trials);
  const wall = performance.now() - t0;
  const line: string[] = [];
  for (const n of ns) {
    const rs = res.filter((_, i) => trials[i]!.n === n);
    const ir = rs.map((r) => (r.ok ? r.outcome.metrics.interp_ratio : NaN));
    const tr = rs.map((r) => (r.ok ? r.outcome.metrics.test_ratio : NaN));
    line.push(`n=${n}: ir ${ir.map((v) => v.toFixed(2)).join('/')} tr ${(tr.reduce((a, b) => a + b) / tr.length).toFixed(2)}`);
  }
  console.log(`${be} d=${d} w=${width} steps=${steps} lr=${lr} init=${init_scale} wall=${(wall / 1000).toFixed(1)}s`);
  console.log(line.join('\n'));
}
main();
