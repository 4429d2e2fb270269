import {
  COORDINATOR_METHODS,
  COORDINATOR_STREAMS,
  type CoordinatorMethodName,
  type CoordinatorStreamName,
} from '@thresher/proto';

/** Every RPC the fuzzer sends to: the unary ones and the server streams. */
export type FuzzMethod = CoordinatorMethodName | CoordinatorStreamName;

/**
 * Hostile requests for every RPC of the coordinator: random bytes, valid messages with
 * byte-level mutations (bit flips, truncation, splices, forged length prefixes), and
 * well-formed messages whose fields hold hostile values (huge, negative, NaN, long
 * strings, deep JSON). Seeded, so a failing run can be replayed.
 */
export class FuzzRandom {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  /** xorshift32: small, fast, good enough to pick mutations. */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 2 ** 32;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  bytes(length: number): Buffer {
    const out = Buffer.alloc(length);
    for (let i = 0; i < length; i++) out[i] = this.int(256);
    return out;
  }
}

const HOSTILE_NUMBERS = [
  0, -1, 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 53, -(2 ** 53), 1e308, -1e308,
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.5, 1e-320,
]; // prettier-ignore

function hostileString(r: FuzzRandom): string {
  switch (r.int(6)) {
    case 0:
      return '';
    case 1:
      return 'x'.repeat(r.pick([257, 4096, 70_000]));
    case 2:
      return '\u0000\uffff\ud800' + r.bytes(16).toString('latin1');
    case 3:
      return `fuzz-${r.int(1000)}`;
    case 4:
      return '{"name":"fuzz","grid":' + '['.repeat(r.pick([100, 5000, 100_000])) + ']';
    default:
      return r.bytes(r.int(64)).toString('base64');
  }
}

/** A small, valid sweep the fuzzer may submit (tiny trials: one training step each). */
function fuzzSweepJson(r: FuzzRandom): string {
  const sweep = {
    name: `fuzz-${r.int(50)}`,
    grid: { n: [8, 16].slice(0, 1 + r.int(2)), seed: { range: [0, r.int(2)] } },
    fixed: { width: 2, steps: 1, test_size: 8 },
  };
  return JSON.stringify(sweep);
}

const metrics = {
  trainLoss: 0.1, testLoss: 0.2, excessRisk: 0.05, olsTrainLoss: 0.2, olsTestLoss: 0.25,
  olsExcessRisk: 0.01, interpRatio: 0.5, testRatio: 0.8, alignedFraction: 0.9, converged: true,
}; // prettier-ignore

/** Plausible requests (ids the fuzzer invents: never the honest worker's or sweep's). */
function template(method: FuzzMethod, r: FuzzRandom): Record<string, unknown> {
  const workerId = `w-${r.int(1000)}`;
  const attemptId = 1 + r.int(200);
  const completion = {
    workerId,
    attemptId,
    metrics,
    curve: { step: [0, 1], trainLoss: [0.3, 0.1], testLoss: [0.4, 0.2] },
    wallMs: 12,
    backend: 'fuzz',
    codeVersion: 'fuzz',
  };
  switch (method) {
    case 'submitSweep':
      return { specJson: fuzzSweepJson(r), fileName: 'fuzz.json' };
    case 'getSweepStatus':
    case 'cancelSweep':
    case 'retrySweep':
      return { name: `fuzz-${r.int(50)}` };
    case 'listSweeps':
    case 'listWorkers':
      return {};
    case 'registerWorker':
      return { host: 'fuzz-host', cores: 1 + r.int(8), backend: 'cpu', version: '0', name: 'fuzz' };
    case 'leaseWork':
      return { workerId, capacity: r.int(100) };
    case 'heartbeat':
      return { workerId, attemptIds: [attemptId], progress: [{ attemptId, step: r.int(100) }] };
    case 'completeTrial':
      return completion;
    case 'completeTrials':
      return { workerId, results: Array.from({ length: 1 + r.int(3) }, () => completion) };
    case 'failTrial':
      return { workerId, attemptId, error: 'fuzz', retryable: r.next() < 0.5 };
    case 'drain':
      return { workerId };
    case 'watchSweep':
      // Half of them name the sweep that exists: those streams stay open until cancelled.
      return { name: r.next() < 0.5 ? 'before' : `fuzz-${r.int(50)}`, minIntervalMs: r.int(2000) };
  }
}

/** Replaces random fields (at any depth) with hostile values of any type. */
function mutateFields(value: unknown, r: FuzzRandom, budget = { grow: 1 }): unknown {
  if (Array.isArray(value)) {
    const list = value.map((v) => mutateFields(v, r, budget));
    // At most one list per message grows past the coordinator's per-call limits.
    if (budget.grow > 0 && r.next() < 0.1) {
      budget.grow--;
      return Array.from({ length: r.pick([0, 10_001, 20_000]) }, () => list[0] ?? 1);
    }
    return list;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = mutateFields(v, r, budget);
    return out;
  }
  if (r.next() > 0.3) return value;
  if (typeof value === 'number') return r.pick(HOSTILE_NUMBERS);
  if (typeof value === 'string') return hostileString(r);
  if (typeof value === 'boolean') return !value;
  return value;
}

/** Encodes as the method's request type; values the wire type cannot hold are coerced. */
function encode(method: FuzzMethod, message: unknown, r: FuzzRandom): Buffer {
  const cls = rpcOf(method).req as { encode(m: unknown): { finish(): Uint8Array } };
  try {
    return Buffer.from(cls.encode(message).finish());
  } catch {
    return r.bytes(r.int(256)); // a value protobufjs refuses to encode: send noise instead
  }
}

function mutateBytes(bytes: Buffer, r: FuzzRandom): Buffer {
  const copy = Buffer.from(bytes);
  switch (r.int(5)) {
    case 0: {
      for (let i = 0, flips = 1 + r.int(8); i < flips && copy.length > 0; i++) {
        const at = r.int(copy.length);
        copy[at] = (copy[at] as number) ^ (1 << r.int(8));
      }
      return copy;
    }
    case 1:
      return copy.subarray(0, r.int(copy.length + 1));
    case 2: {
      // Splice a chunk of itself somewhere else: repeated fields, nested garbage.
      const from = r.int(copy.length + 1);
      const chunk = copy.subarray(from, from + r.int(32));
      const at = r.int(copy.length + 1);
      return Buffer.concat([copy.subarray(0, at), chunk, copy.subarray(at)]);
    }
    case 3:
      // A length-delimited field claiming a huge length (field 1, wire type 2).
      return Buffer.concat([Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]), copy]);
    default:
      return Buffer.concat([copy, r.bytes(r.int(64))]);
  }
}

export interface FuzzCase {
  method: FuzzMethod;
  /** Bytes as sent on the wire. */
  bytes: Buffer;
  kind: 'random' | 'bytes' | 'fields' | 'valid';
}

export const FUZZ_METHODS: FuzzMethod[] = [
  ...(Object.keys(COORDINATOR_METHODS) as CoordinatorMethodName[]),
  ...(Object.keys(COORDINATOR_STREAMS) as CoordinatorStreamName[]),
];

export function isStream(method: FuzzMethod): method is CoordinatorStreamName {
  return Object.hasOwn(COORDINATOR_STREAMS, method);
}

/** The RPC's wire name and message types. */
export function rpcOf(method: FuzzMethod): { name: string; req: unknown } {
  return isStream(method) ? COORDINATOR_STREAMS[method] : COORDINATOR_METHODS[method];
}

/** The i-th case of a run: methods in turn, kinds drawn at random. */
export function fuzzCase(i: number, r: FuzzRandom): FuzzCase {
  const method = FUZZ_METHODS[i % FUZZ_METHODS.length] as FuzzMethod;
  const roll = r.next();
  if (roll < 0.2) return { method, kind: 'random', bytes: r.bytes(r.int(512)) };
  if (roll < 0.5)
    return { method, kind: 'bytes', bytes: mutateBytes(encode(method, template(method, r), r), r) };
  if (roll < 0.9) {
    return {
      method,
      kind: 'fields',
      bytes: encode(method, mutateFields(template(method, r), r), r),
    };
  }
  return { method, kind: 'valid', bytes: encode(method, template(method, r), r) };
}

/**
 * Well-formed but false results for a leased trial of `steps` steps: every number finite,
 * every curve increasing, yet none can be the answer to that trial (issue 31). Each entry:
 * a name, the gRPC status the coordinator must answer, and the result.
 */
export function falseResults(
  attemptId: number,
  steps: number,
): {
  name: string;
  status: 'INVALID_ARGUMENT' | 'RESOURCE_EXHAUSTED';
  result: Record<string, unknown>;
}[] {
  const curve = (points: number[], loss = 0.1) => ({
    step: points,
    trainLoss: points.map(() => loss),
    testLoss: points.map(() => 0.2),
  });
  const honest = {
    attemptId,
    metrics,
    curve: curve([0, steps]),
    wallMs: 12,
    backend: 'liar',
  };
  const huge = Array.from({ length: 1_000_000 }, (_, i) => i);
  const lie = (name: string, change: Record<string, unknown>) => ({
    name,
    status: 'INVALID_ARGUMENT' as const,
    result: { ...honest, ...change },
  });
  return [
    lie('interp_ratio 1e308', { metrics: { ...metrics, interpRatio: 1e308 } }),
    lie('aligned_fraction 7', { metrics: { ...metrics, alignedFraction: 7 } }),
    lie('a ratio that disagrees with its losses', { metrics: { ...metrics, interpRatio: 0.25 } }),
    lie('a negative loss', { metrics: { ...metrics, excessRisk: -0.05 } }),
    lie('a negative loss inside the curve', {
      curve: { step: [0, 1, steps], trainLoss: [0.3, -1, 0.1], testLoss: [0.4, 0.3, 0.2] },
    }),
    lie('a curve step past the trial steps', { curve: curve([0, steps, steps + 1]) }),
    lie('an empty curve', { curve: curve([]) }),
    lie('a curve without its last step', { curve: curve([0, 1]) }),
    lie('a curve of every step', { curve: curve(Array.from({ length: steps + 1 }, (_, i) => i)) }),
    lie('wall_ms 1e308', { wallMs: 1e308 }),
    {
      name: 'a curve of 1 000 000 points',
      status: 'RESOURCE_EXHAUSTED',
      result: { ...honest, curve: curve(huge) },
    },
  ];
}
