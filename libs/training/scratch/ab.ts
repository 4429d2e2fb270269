import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
function cpuMs() { const u = process.cpuUsage(); return (u.user + u.system) / 1000; }
async function main() {
  const be = process.env.BE ?? 'wasm';
  if (be === 'wasm') await import('@tensorflow/tfjs-backend-wasm');
  await tf.setBackend(be);
  const [B, n, m, D] = (process.env.SHAPE ?? '1,512,256,5').split(',').map(Number) as [number, number, number, number];
  const X = tf.randomNormal([B, n, D]); const Xt = tf.transpose(X, [0, 2, 1]); const y = tf.randomNormal([B, n, 1]);
  const WS = Number(process.env.WS ?? 0.1); const W = tf.mul(tf.randomNormal([B, D, m]), WS); const a = tf.mul(tf.randomNormal([B, m, 1]), WS); const sc = tf.fill([B, 1, 1], 0.01);
  const variants: Record<string, () => tf.Tensor[]> = {
    old: () => { const hp = tf.matMul(X, W); const h = tf.relu(hp); const f = tf.matMul(h, a); const r = tf.mul(tf.sub(f, y), sc);
      const ga = tf.matMul(h, r, true, false); const gW = tf.mul(tf.matMul(tf.mul(X, r), tf.step(hp), true, false), tf.reshape(a, [B, 1, m])); return [tf.sub(W, gW), tf.sub(a, ga)]; },
    new: () => { const hp = tf.matMul(X, W); const h = tf.relu(hp); const f = tf.matMul(h, a); const rT = tf.reshape(tf.mul(tf.sub(f, y), sc), [B, 1, n]);
      const ga = tf.reshape(tf.matMul(rT, h), [B, m, 1]); const gW = tf.mul(tf.matMul(tf.mul(Xt, rT), tf.step(hp)), tf.reshape(a, [B, 1, m])); return [tf.sub(W, gW), tf.sub(a, ga)]; },
    new_hT: () => { const hp = tf.matMul(X, W); const h = tf.relu(hp); const f = tf.matMul(h, a); const r = tf.mul(tf.sub(f, y), sc); const rT = tf.reshape(r, [B, 1, n]);
      const ga = tf.matMul(h, r, true, false); const gW = tf.mul(tf.matMul(tf.mul(Xt, rT), tf.step(hp)), tf.reshape(a, [B, 1, m])); return [tf.sub(W, gW), tf.sub(a, ga)]; },
    new_mulS: () => { const hp = tf.matMul(X, W); const s = tf.step(hp); const h = tf.mul(hp, s); const f = tf.matMul(h, a); const rT = tf.reshape(tf.mul(tf.sub(f, y), sc), [B, 1, n]);
      const ga = tf.reshape(tf.matMul(rT, h), [B, m, 1]); const gW = tf.mul(tf.matMul(tf.mul(Xt, rT), s), tf.reshape(a, [B, 1, m])); return [tf.sub(W, gW), tf.sub(a, ga)]; },
  };
  const best: Record<string, number> = {};
  const N = be === 'cpu' ? 10 : 100;
  for (let round = 0; round < 5; round++) for (const [name, fn] of Object.entries(variants)) {
    tf.tidy(() => { fn(); });
    const t0 = cpuMs();
    for (let i = 0; i < N; i++) tf.tidy(() => { fn(); });
    const dt = (cpuMs() - t0) / N; best[name] = Math.min(best[name] ?? Infinity, dt);
  }
  for (const [k, v] of Object.entries(best)) console.log(be, process.env.SHAPE ?? '', k.padEnd(10), v.toFixed(3), 'ms/step');
}
main();
