import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { trainTrial } from '../src';
import { PARAM_DEFAULTS } from '@thresher/sweep';

async function main() {
  await tf.setBackend('cpu');
  const steps = Number(process.env.STEPS ?? 2000);
  for (const n of [8, 32, 128, 512]) {
    const t0 = performance.now();
    const r = await trainTrial({ ...PARAM_DEFAULTS, n, width: 64, seed: 1, steps, record_every: steps / 10, test_size: 1000, lr: Number(process.env.LR ?? 0.1) });
    if (!r.ok) { console.log(n, r.error); continue; }
    const mm = r.outcome.metrics;
    console.log(n, (performance.now() - t0).toFixed(0), 'ms', JSON.stringify(mm));
  }
  console.log(tf.memory().numTensors);
}
main();
