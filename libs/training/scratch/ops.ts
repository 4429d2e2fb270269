import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
async function main() {
  const be = process.env.BE ?? 'cpu';
  if (be === 'wasm') { await import('@tensorflow/tfjs-backend-wasm'); }
  await tf.setBackend(be);
  const [B, n, m, D] = (process.env.SHAPE ?? '1,512,256,5').split(',').map(Number) as [number, number, number, number];
  const X = tf.randomNormal([B, n, D]); const y = tf.randomNormal([B, n, 1]);
  const W = tf.randomNormal([B, D, m]); const a = tf.randomNormal([B, m, 1]); const s = tf.ones([B,1,1]);
  const ops: Record<string, () => tf.Tensor> = {};
  const hp = tf.matMul(X, W); const h = tf.relu(hp); const f = tf.matMul(h, a); const r = tf.mul(tf.sub(f, y), s);
  const outer = tf.matMul(r, a, false, true); const st = tf.step(hp); const g = tf.mul(outer, st);
  ops['X@W'] = () => tf.matMul(X, W);
  ops['relu'] = () => tf.relu(hp);
  ops['h@a'] = () => tf.matMul(h, a);
  ops['sub*'] = () => tf.mul(tf.sub(f, y), s);
  ops['h^T r'] = () => tf.matMul(h, r, true, false);
  ops['r a^T matmul'] = () => tf.matMul(r, a, false, true);
  ops['r*a^T bcast'] = () => tf.mul(r, tf.reshape(a, [B, 1, m]));
  ops['step'] = () => tf.step(hp);
  ops['outer*step'] = () => tf.mul(outer, st);
  ops['X^T g'] = () => tf.matMul(X, g, true, false);
  ops['W-gW'] = () => tf.sub(W, W);
  for (const [name, fn] of Object.entries(ops)) {
    for (let i = 0; i < 3; i++) fn().dispose();
    const t0 = performance.now(); const N = 30;
    for (let i = 0; i < N; i++) { const t = fn(); if (be==='wasm') t.dataSync(); t.dispose(); }
    console.log(name.padEnd(16), ((performance.now() - t0) / N).toFixed(3), 'ms');
  }
}
main();
