/**
 * PCG32 (O'Neill 2014, "PCG-XSH-RR 64/32"): 64-bit LCG state, 32-bit output by xorshift-high
 * then random rotation. Implemented on 32-bit halves so it is exact and fast in JavaScript;
 * the same seed gives the same stream on every machine and backend.
 *
 * Normal variates use the Box-Muller transform in float64 (two uniforms give two normals; the
 * second is cached), so a stream of normals is a fixed function of the seed and position.
 */

const MUL_HI = 0x5851f42d;
const MUL_LO = 0x4c957f2d;

/** Purposes of the sub-streams a trial draws from; each is its own PCG stream. */
export type StreamPurpose = 'teacher' | 'train' | 'test' | 'init';

const PURPOSE_CODE: Record<StreamPurpose, number> = { teacher: 1, train: 2, test: 3, init: 4 };

/** High 32 bits of the unsigned 64-bit product of two unsigned 32-bit integers. */
function mulHi32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const mid1 = a1 * b0 + ((a0 * b0) >>> 16);
  const mid2 = a0 * b1 + (mid1 % 0x10000);
  return (a1 * b1 + Math.floor(mid1 / 0x10000) + Math.floor(mid2 / 0x10000)) >>> 0;
}

export class Pcg32 {
  private hi = 0;
  private lo = 0;
  private readonly incHi: number;
  private readonly incLo: number;
  private spare: number | undefined;

  /**
   * pcg32_srandom(initstate, initseq): `state` and `stream` are integers (safe integers;
   * negative values wrap to 64-bit two's complement). Different streams never overlap.
   */
  constructor(state: number, stream: number) {
    const [sh, sl] = split64(state);
    const [qh, ql] = split64(stream);
    // inc = (initseq << 1) | 1
    this.incHi = ((qh << 1) | (ql >>> 31)) >>> 0;
    this.incLo = ((ql << 1) | 1) >>> 0;
    this.step();
    const lo = this.lo + sl;
    this.lo = lo >>> 0;
    this.hi = (this.hi + sh + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    this.step();
  }

  /** The sub-stream of a trial's seed for one purpose (teacher, train set, test set, init). */
  static forPurpose(seed: number, purpose: StreamPurpose): Pcg32 {
    return new Pcg32(seed, PURPOSE_CODE[purpose]);
  }

  private step(): void {
    const { hi, lo } = this;
    const pLo = Math.imul(lo, MUL_LO) >>> 0;
    const pHi = (mulHi32(lo, MUL_LO) + Math.imul(hi, MUL_LO) + Math.imul(lo, MUL_HI)) >>> 0;
    const sumLo = pLo + this.incLo;
    this.lo = sumLo >>> 0;
    this.hi = (pHi + this.incHi + (sumLo > 0xffffffff ? 1 : 0)) >>> 0;
  }

  /** Next uniform unsigned 32-bit integer. */
  nextU32(): number {
    const { hi, lo } = this;
    this.step();
    // xorshifted = ((old >> 18) ^ old) >> 27, truncated to 32 bits; rot = old >> 59
    const xHi = hi ^ (hi >>> 18);
    const xLo = lo ^ ((lo >>> 18) | (hi << 14));
    const x = ((xLo >>> 27) | (xHi << 5)) >>> 0;
    const rot = hi >>> 27;
    return ((x >>> rot) | (x << (-rot & 31))) >>> 0;
  }

  /** Uniform double in [0, 1) with 53 random bits. */
  nextFloat64(): number {
    const a = this.nextU32() >>> 5;
    const b = this.nextU32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** Standard normal double (Box-Muller). */
  nextNormal(): number {
    const cached = this.spare;
    if (cached !== undefined) {
      this.spare = undefined;
      return cached;
    }
    const u1 = 1 - this.nextFloat64(); // (0, 1]: log is finite
    const u2 = this.nextFloat64();
    const r = Math.sqrt(-2 * Math.log(u1));
    const t = 2 * Math.PI * u2;
    this.spare = r * Math.sin(t);
    return r * Math.cos(t);
  }
}

/** Splits a safe integer into unsigned 32-bit [high, low] of its 64-bit two's complement. */
function split64(v: number): [number, number] {
  const big = BigInt.asUintN(64, BigInt(v));
  return [Number(big >> 32n) >>> 0, Number(big & 0xffffffffn) >>> 0];
}
