/**
 * What the scale bench reads about the machine while it runs: CPU time of the coordinators, of
 * the PostgreSQL server's processes and of the bench process itself, the machine's busy CPU time
 * (/proc/stat), coordinator RSS, and the database's size on disk.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { runReadOnlyQuery } from '@thresher/store';
import { rssMiB, type AppProcess } from './bench-processes';

/** Clock ticks per second of /proc CPU times (USER_HZ, 100 on Linux). */
const HZ = 100;

/** CPU seconds (user + system) of a process; NaN once it is gone. */
export function processCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / HZ;
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU seconds of every process named `postgres` on this machine: the server of the bench's
 * database, and of any other database in that cluster (a shared machine may run others).
 */
export function postgresCpuSeconds(): number {
  let total = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return Number.NaN;
  }
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.split(') ')[1]!.split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / HZ;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/** Busy CPU seconds of the whole machine (all cores; idle and iowait excluded). */
export function machineBusySeconds(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
    return (total - (v[3] ?? 0) - (v[4] ?? 0)) / HZ;
  } catch {
    return Number.NaN;
  }
}

export interface CpuReading {
  at: number;
  coordinators: number[];
  postgres: number;
  bench: number;
  machine: number;
}

export interface CpuUse {
  seconds: number;
  /** Cores used over the interval (1 = one core busy the whole time). */
  coordinators: number[];
  postgres: number;
  bench: number;
  machine: number;
}

/** Reads CPU clocks of the processes that matter; `between` turns two readings into cores. */
export class CpuMeter {
  constructor(
    private readonly coordinatorPids: () => number[],
    private readonly withPostgres: boolean,
  ) {}

  read(): CpuReading {
    const u = process.cpuUsage();
    return {
      at: performance.now(),
      coordinators: this.coordinatorPids().map(processCpuSeconds),
      postgres: this.withPostgres ? postgresCpuSeconds() : Number.NaN,
      bench: (u.user + u.system) / 1e6,
      machine: machineBusySeconds(),
    };
  }

  static between(a: CpuReading, b: CpuReading): CpuUse {
    const s = (b.at - a.at) / 1000;
    const rate = (x: number, y: number) => (s > 0 ? round2((y - x) / s) : Number.NaN);
    return {
      seconds: round2(s),
      coordinators: b.coordinators.map((c, i) => rate(a.coordinators[i] ?? Number.NaN, c)),
      postgres: rate(a.postgres, b.postgres),
      bench: rate(a.bench, b.bench),
      machine: rate(a.machine, b.machine),
    };
  }
}

/** Samples a process's RSS every 250 ms; `take()` returns the max since the last take. */
export class RssSampler {
  private max = 0;
  private last = Number.NaN;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.timer = setInterval(() => this.sample(), 250);
    this.timer.unref();
    this.sample();
  }

  private sample(): void {
    const v = rssMiB(this.pid);
    if (v === undefined) return;
    this.last = v;
    this.max = Math.max(this.max, v);
  }

  /** Max RSS (MiB) since the previous call, and the latest sample. */
  take(): { max: number; last: number } {
    this.sample();
    const out = { max: round2(this.max), last: round2(this.last) };
    this.max = this.last;
    return out;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

export interface DatabaseSize {
  bytes: number;
  /** SQLite: main file, -wal and -shm (bytes: its pages); PostgreSQL: each table with its indexes. */
  parts: Record<string, number>;
}

/** Size on disk of the bench's database (a SQLite file or the PostgreSQL URL's schema). */
export async function databaseSize(location: string): Promise<DatabaseSize> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    const r = await runReadOnlyQuery(
      location,
      'SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c ' +
        'JOIN pg_namespace n ON n.oid = c.relnamespace ' +
        "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')",
    );
    const parts: Record<string, number> = {};
    for (const [name, bytes] of r.rows) parts[String(name)] = Number(bytes);
    return { bytes: Object.values(parts).reduce((a, b) => a + b, 0), parts };
  }
  // The files' sizes depend on when the WAL was last checkpointed: the figure is the pages the
  // database holds (the WAL's included, as a reader sees them); the files are kept alongside.
  const r = await runReadOnlyQuery(
    location,
    'SELECT c.page_count * s.page_size FROM pragma_page_count() c, pragma_page_size() s',
  );
  const parts: Record<string, number> = {};
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      parts[`file${suffix}`] = statSync(`${location}${suffix}`).size;
    } catch {
      // No WAL (checkpointed, or journal mode without one).
    }
  }
  return { bytes: Number(r.rows[0]?.[0]), parts };
}

export const round2 = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : x);

/** Log lines of the coordinators that say something went wrong. */
export function errorLines(apps: AppProcess[]): string[] {
  return apps.flatMap((a, i) =>
    a.lines
      .filter((l) => /error|fail|refused|deadlock/i.test(l))
      .slice(-20)
      .map((l) => `coordinator ${i + 1}: ${l}`),
  );
}

/**
 * What PostgreSQL's busy backends of this database are doing, sampled about once a second:
 * the mean number on CPU (no wait event), waiting on a lock, on I/O, on something else.
 */
export class PostgresWaits {
  private readonly sums: Record<string, number> = {};
  private samples = 0;
  private running = true;
  private readonly loop: Promise<void>;

  constructor(private readonly url: string) {
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const r = await runReadOnlyQuery(
          this.url,
          "SELECT coalesce(wait_event_type, 'CPU'), count(*) FROM pg_stat_activity " +
            "WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid() " +
            'GROUP BY 1',
          { timeoutMs: 5_000 },
        );
        for (const [kind, n] of r.rows)
          this.sums[String(kind)] = (this.sums[String(kind)] ?? 0) + Number(n);
        this.samples++;
      } catch {
        // A sample lost to a busy server: the others still count.
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }

  /** Mean busy backends by what they wait on since the last take (CPU: none). */
  take(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(this.sums)) {
      out[k] = this.samples > 0 ? round2(v / this.samples) : Number.NaN;
      delete this.sums[k];
    }
    this.samples = 0;
    return out;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }
}
