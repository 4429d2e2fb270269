import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
async function main() {
  const be = process.env.BE ?? 'wasm';
  if (be === 'wasm') { await import('@tensorflow/tfjs-backend-wasm'); }
  await tf.setBackend(be);
  const [B, n, m, D] = (process.env.SHAPE ?? '1,512,256,5').split(',').map(Number) as [number, number, number, number];
  const X = tf.randomNormal([B, n, D]); const r = tf.randomNormal([B, n, 1]);
  const W = tf.randomNormal([B, D, m]); const Wt = tf.randomNormal([B, m, D]);
  const hp = tf.matMul(X, W); const S = tf.step(hp); const Xr = tf.mul(X, r); const XrT = tf.transpose(Xr, [0, 2, 1]);
  const ops: Record<string, () => tf.Tensor> = {
    'X@W': () => tf.matMul(X, W),
    'X@Wt^T': () => tf.matMul(X, Wt, false, true),
    'relu': () => tf.relu(hp),
    'step': () => tf.step(hp),
    'hp*S': () => tf.mul(hp, S),
    'greater': () => tf.greater(hp, 0),
    'Xr^T S (a)': () => tf.matMul(Xr, S, true, false),
    'S^T Xr (b)': () => tf.matMul(S, Xr, true, false),
    'XrT @ S': () => tf.matMul(XrT, S),
    'X*r': () => tf.mul(X, r),
    'transpose Xr': () => tf.transpose(Xr, [0, 2, 1]),
    'h^T r': () => tf.matMul(hp, r, true, false),
    'r^T h': () => tf.matMul(r, hp, true, false),
  };
  for (const [name, fn] of Object.entries(ops)) {
    for (let i = 0; i < 3; i++) fn().dispose();
    const t0 = performance.now(); const N = be === 'cpu' ? 20 : 200;
    for (let i = 0; i < N; i++) { const t = fn(); t.dispose(); }
    console.log(name.padEnd(16), ((performance.now() - t0) / N).toFixed(3), 'ms');
  }
}
main();
