/**
 * Latencies of the scale bench, by phase (submit, train, cancel, retry...) and by call (an RPC
 * name, or a dashboard endpoint). A call is counted in the phase it started in: a call that a
 * stalled coordinator answers only after the phase ended still counts against that phase.
 */
import { percentile } from './stats';

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  /** Calls that failed, by gRPC status name or HTTP status (their time is in the samples). */
  errors: Record<string, number>;
}

export class LatencyBook {
  private current = 'idle';
  private readonly samples = new Map<string, Map<string, number[]>>();
  private readonly errors = new Map<string, Map<string, Record<string, number>>>();
  /** Calls not answered yet: id -> method and start time. */
  private readonly open = new Map<number, { method: string; start: number }>();
  private nextId = 0;

  get phase(): string {
    return this.current;
  }

  set phase(name: string) {
    this.current = name;
  }

  /** Times `call` under `method` in the phase current when it starts; rethrows its error. */
  async time<T>(method: string, call: () => Promise<T>): Promise<T> {
    const phase = this.current;
    const t0 = performance.now();
    const id = this.nextId++;
    this.open.set(id, { method, start: t0 });
    try {
      const out = await call();
      this.add(phase, method, performance.now() - t0);
      return out;
    } catch (err) {
      this.add(phase, method, performance.now() - t0);
      this.error(phase, method, errorName(err));
      throw err;
    } finally {
      this.open.delete(id);
    }
  }

  /** Calls still waiting for their answer, by method: how many, and the oldest's age (ms). */
  waiting(): Record<string, { count: number; oldestMs: number }> {
    const now = performance.now();
    const out: Record<string, { count: number; oldestMs: number }> = {};
    for (const { method, start } of this.open.values()) {
      const w = (out[method] ??= { count: 0, oldestMs: 0 });
      w.count++;
      w.oldestMs = Math.max(w.oldestMs, Math.round(now - start));
    }
    return out;
  }

  add(phase: string, method: string, ms: number): void {
    let byMethod = this.samples.get(phase);
    if (!byMethod) this.samples.set(phase, (byMethod = new Map()));
    let list = byMethod.get(method);
    if (!list) byMethod.set(method, (list = []));
    list.push(ms);
  }

  error(phase: string, method: string, name: string): void {
    let byMethod = this.errors.get(phase);
    if (!byMethod) this.errors.set(phase, (byMethod = new Map()));
    const counts = byMethod.get(method) ?? {};
    counts[name] = (counts[name] ?? 0) + 1;
    byMethod.set(method, counts);
  }

  phases(): string[] {
    return [...this.samples.keys()];
  }

  methods(): string[] {
    const out = new Set<string>();
    for (const byMethod of this.samples.values()) for (const m of byMethod.keys()) out.add(m);
    return [...out];
  }

  summary(phase: string, method: string): LatencySummary | undefined {
    const list = this.samples.get(phase)?.get(method);
    if (!list || list.length === 0) return undefined;
    return {
      count: list.length,
      p50: percentile(list, 50),
      p99: percentile(list, 99),
      max: Math.max(...list),
      errors: this.errors.get(phase)?.get(method) ?? {},
    };
  }

  /** Every phase's summary of every call: phase -> method -> summary. */
  all(): Record<string, Record<string, LatencySummary>> {
    const out: Record<string, Record<string, LatencySummary>> = {};
    for (const phase of this.phases()) {
      const row: Record<string, LatencySummary> = {};
      for (const method of this.methods()) {
        const s = this.summary(phase, method);
        if (s) row[method] = s;
      }
      out[phase] = row;
    }
    return out;
  }
}

/** A gRPC status name (CoordinatorRpcError.codeName), an HTTP status, or the error's name. */
export function errorName(err: unknown): string {
  const e = err as { codeName?: unknown; httpStatus?: unknown; name?: unknown };
  if (typeof e?.codeName === 'string') return e.codeName;
  if (typeof e?.httpStatus === 'number') return `HTTP ${e.httpStatus}`;
  return typeof e?.name === 'string' ? e.name : 'error';
}
