import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { trainBatch } from '../src';
import { PARAM_DEFAULTS } from '@thresher/sweep';
function cpuMs() { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }
async function main() {
  const be = process.env.BE ?? 'wasm';
  if (be === 'wasm') await import('@tensorflow/tfjs-backend-wasm');
  await tf.setBackend(be);
  const [B, n, m, d] = (process.env.SHAPE ?? '1,512,256,5').split(',').map(Number) as [number, number, number, number];
  const run = async (steps: number) => { const t0 = cpuMs(); await trainBatch(Array.from({length: B}, (_, seed) => ({ ...PARAM_DEFAULTS, n, width: m, d, seed, steps, record_every: steps, test_size: 1, activation: (process.env.ACT ?? 'relu') as 'relu' }))); return cpuMs() - t0; };
  await run(2);
  const S = Number(process.env.STEPS ?? 300);
  for (let i = 0; i < 3; i++) { const t1 = await run(1); const tS = await run(S); console.log(be, process.env.SHAPE, 'ms/step', ((tS - t1) / (S - 1)).toFixed(3), 'trial-steps/s', (B * (S - 1) / ((tS - t1) / 1000)).toFixed(0)); }
}
main();
