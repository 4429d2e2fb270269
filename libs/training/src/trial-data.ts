import type { TrialParams } from '@thresher/sweep';
import { Pcg32 } from './pcg32';

/**
 * Training and test data of one trial, made on the CPU from the trial's seed so it is
 * bit-identical on every backend. Matrices are row-major Float32Array.
 * `X` and `Xtest` have `inputDim(params)` columns: d, plus a constant 1 column when `bias`.
 */
export interface TrialData {
  /** Columns of X and Xtest (d, or d + 1 with bias). */
  D: number;
  X: Float32Array;
  y: Float32Array;
  Xtest: Float32Array;
  /** Noisy test labels <beta*, x> + noise * eps. */
  ytest: Float32Array;
  /** Noise-free test targets <beta*, x>. */
  ytestClean: Float32Array;
  /** Teacher beta* (d entries, unit norm). */
  beta: Float32Array;
}

/** Initial network: `W` row j is w_j (width rows of D), `a` the output weights. */
export interface InitialWeights {
  D: number;
  W: Float32Array;
  a: Float32Array;
}

type DataParams = Pick<TrialParams, 'd' | 'bias' | 'data' | 'teacher' | 'noise' | 'seed'>;

export function inputDim(p: Pick<TrialParams, 'd' | 'bias'>): number {
  return p.d + (p.bias ? 1 : 0);
}

/**
 * Teacher from the `teacher` stream: random = g / |g| with g ~ N(0, I_d); e1 = first basis vector.
 */
export function makeTeacher(p: Pick<TrialParams, 'd' | 'teacher' | 'seed'>): Float64Array {
  const beta = new Float64Array(p.d);
  if (p.teacher === 'e1') {
    beta[0] = 1;
    return beta;
  }
  const rng = Pcg32.forPurpose(p.seed, 'teacher');
  let norm2 = 0;
  for (let k = 0; k < p.d; k++) {
    const g = rng.nextNormal();
    beta[k] = g;
    norm2 += g * g;
  }
  const inv = 1 / Math.sqrt(norm2);
  for (let k = 0; k < p.d; k++) beta[k] = (beta[k] as number) * inv;
  return beta;
}

/**
 * Draws `count` samples from `rng`: per sample, d normals for x (gaussian, or scaled onto the
 * sphere of radius sqrt(d)), then one normal for the label noise. A fixed number of draws per
 * sample makes the set prefix-stable: the first n samples are the same for every larger n.
 */
function drawSamples(
  p: DataParams,
  beta: Float64Array,
  rng: Pcg32,
  count: number,
): { X: Float32Array; y: Float32Array; clean: Float32Array } {
  const { d } = p;
  const D = inputDim(p);
  const X = new Float32Array(count * D);
  const y = new Float32Array(count);
  const clean = new Float32Array(count);
  const x = new Float64Array(d);
  const sphereRadius = Math.sqrt(d);
  for (let i = 0; i < count; i++) {
    let norm2 = 0;
    for (let k = 0; k < d; k++) {
      const g = rng.nextNormal();
      x[k] = g;
      norm2 += g * g;
    }
    const eps = rng.nextNormal();
    const scale = p.data === 'sphere' ? sphereRadius / Math.sqrt(norm2) : 1;
    let dot = 0;
    for (let k = 0; k < d; k++) {
      // Labels come from the float32 inputs the network sees.
      const xk = Math.fround((x[k] as number) * scale);
      X[i * D + k] = xk;
      dot += (beta[k] as number) * xk;
    }
    if (p.bias) X[i * D + d] = 1;
    clean[i] = dot;
    y[i] = dot + p.noise * eps;
  }
  return { X, y, clean };
}

/** Data of a trial. Independent of width, init and optimizer; the test set is independent of n. */
export function makeTrialData(p: DataParams & Pick<TrialParams, 'n' | 'test_size'>): TrialData {
  const beta = makeTeacher(p);
  const train = drawSamples(p, beta, Pcg32.forPurpose(p.seed, 'train'), p.n);
  const test = drawSamples(p, beta, Pcg32.forPurpose(p.seed, 'test'), p.test_size);
  return {
    D: inputDim(p),
    X: train.X,
    y: train.y,
    Xtest: test.X,
    ytest: test.y,
    ytestClean: test.clean,
    beta: Float32Array.from(beta),
  };
}

/**
 * Initial weights from the `init` stream: per neuron j, D normals g_j then one normal z_j.
 * w_j = init_scale * g_j / sqrt(D); balanced: a_j = sign(z_j) * |w_j|; gaussian:
 * a_j = init_scale * z_j. Prefix-stable in width (the first m neurons do not depend on width).
 * With bias, D = d + 1 and the bias weight is drawn like the others.
 */
export function initialWeights(
  p: Pick<TrialParams, 'd' | 'bias' | 'width' | 'init' | 'init_scale' | 'seed'>,
): InitialWeights {
  const D = inputDim(p);
  const m = p.width;
  const rng = Pcg32.forPurpose(p.seed, 'init');
  const W = new Float32Array(m * D);
  const a = new Float32Array(m);
  const scale = p.init_scale / Math.sqrt(D);
  for (let j = 0; j < m; j++) {
    let norm2 = 0;
    for (let k = 0; k < D; k++) {
      const w = Math.fround(scale * rng.nextNormal());
      W[j * D + k] = w;
      norm2 += w * w;
    }
    const z = rng.nextNormal();
    a[j] = p.init === 'gaussian' ? p.init_scale * z : (z >= 0 ? 1 : -1) * Math.sqrt(norm2);
  }
  return { D, W, a };
}
