import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { trainTrial } from '../src';
import { PARAM_DEFAULTS } from '@thresher/sweep';
async function main() {
  await tf.setBackend('cpu');
  for (const width of [1, 2, 8]) {
  const r = await trainTrial({ ...PARAM_DEFAULTS, n: 100, width, seed: 1, steps: 3000, record_every: 300, test_size: 300, init_scale: 0.5 });
  if (r.ok) console.log(width, r.outcome.curve.map(c=>c.train_loss.toFixed(6)).join(' '), r.outcome.metrics.converged);
  }
}
main();
