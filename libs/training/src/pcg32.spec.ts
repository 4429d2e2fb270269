import { describe, expect, it } from 'vitest';
import { Pcg32 } from './pcg32';

/** Straightforward BigInt PCG32 (pcg32_srandom_r / pcg32_random_r), an independent oracle. */
function* bigPcg(initstate: bigint, initseq: bigint): Generator<number> {
  const mask = (1n << 64n) - 1n;
  const inc = ((initseq << 1n) | 1n) & mask;
  let state = 0n;
  const step = () => {
    state = (state * 6364136223846793005n + inc) & mask;
  };
  step();
  state = (state + initstate) & mask;
  step();
  for (;;) {
    const old = state;
    step();
    const xorshifted = Number((((old >> 18n) ^ old) >> 27n) & 0xffffffffn);
    const rot = Number(old >> 59n);
    yield ((xorshifted >>> rot) | (xorshifted << (-rot & 31))) >>> 0;
  }
}

describe('Pcg32', () => {
  it('matches the published pcg32-demo output for seed 42, stream 54', () => {
    const rng = new Pcg32(42, 54);
    const got = Array.from({ length: 6 }, () => rng.nextU32());
    expect(got).toEqual([0xa15c02b7, 0x7b47f409, 0xba1d3330, 0x83d2f293, 0xbfa4784b, 0xcbed606e]);
  });

  it('matches a BigInt implementation for large and negative seeds', () => {
    for (const [seed, stream] of [
      [0, 1],
      [2 ** 40 + 12345, 3],
      [Number.MAX_SAFE_INTEGER, 2 ** 33 + 7],
      [-5, 4],
    ] as const) {
      const rng = new Pcg32(seed, stream);
      const oracle = bigPcg(BigInt.asUintN(64, BigInt(seed)), BigInt.asUintN(64, BigInt(stream)));
      for (let i = 0; i < 1000; i++) expect(rng.nextU32()).toBe(oracle.next().value);
    }
  });

  it('gives standard normals (mean 0, variance 1) and distinct streams per purpose', () => {
    const rng = Pcg32.forPurpose(7, 'train');
    const N = 200_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < N; i++) {
      const z = rng.nextNormal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / N)).toBeLessThan(0.01);
    expect(Math.abs(s2 / N - 1)).toBeLessThan(0.02);
    const u = Pcg32.forPurpose(7, 'test').nextU32();
    expect(u).not.toBe(Pcg32.forPurpose(7, 'train').nextU32());
    expect(Pcg32.forPurpose(7, 'test').nextU32()).toBe(u);
  });
});
