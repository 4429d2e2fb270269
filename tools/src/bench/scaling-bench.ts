/**
 * Scaling benchmark (SPEC section 7): trials per second and coordinator CPU as workers are
 * added, with one-step trials so that the control plane is all that is measured; and two
 * coordinators sharing one PostgreSQL database against one.
 *
 *   node tools/dist/bench/scaling-bench.js [--trials 10000] [--pg postgres://...]
 *
 * Each configuration is one run of the orchestration bench on a fresh SQLite file or a fresh
 * PostgreSQL schema. On a 2-core machine 8 workers oversubscribe the cores: the figures say
 * how the coordinator holds up, not how a cluster of 8 machines would scale.
 */
import { benchOrchestration, type OrchestrationBenchResult } from './orchestration-bench';

export interface ScalingRow {
  dialect: 'sqlite' | 'postgres';
  coordinators: number;
  workers: number;
  trials: number;
  trialsPerSecond: number;
  /** Cores the coordinators used together (1 = one core), and each one's share. */
  coordinatorCpu: number;
  coordinatorCpuEach: number[];
  leaseP50Ms: number;
}

export const SCALING_WORKERS = [1, 2, 4, 8];

function median(xs: number[]): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : Number.NaN;
}

function row(dialect: ScalingRow['dialect'], r: OrchestrationBenchResult): ScalingRow {
  return {
    dialect,
    coordinators: r.coordinators,
    workers: r.workers,
    trials: r.trials,
    trialsPerSecond: r.trialsPerSecond,
    coordinatorCpu: r.coordinatorCpuShare,
    coordinatorCpuEach: r.coordinatorCpuShares,
    leaseP50Ms: median(r.leaseP50Ms),
  };
}

/** PostgreSQL URL with a schema of its own for one configuration. */
function schemaUrl(pg: string, name: string): string {
  const url = new URL(pg);
  url.searchParams.set('schema', name);
  return url.toString();
}

export async function benchScaling(opts: {
  trials?: number;
  pg?: string;
  onRow?: (row: ScalingRow) => void;
}): Promise<ScalingRow[]> {
  const trials = opts.trials ?? 10_000;
  const rows: ScalingRow[] = [];
  const add = (r: ScalingRow) => {
    rows.push(r);
    opts.onRow?.(r);
  };
  const stamp = Date.now().toString(36);
  for (const workers of SCALING_WORKERS) {
    add(row('sqlite', await benchOrchestration({ trials, workers })));
  }
  if (opts.pg) {
    for (const coordinators of [1, 2]) {
      for (const workers of [4, 8]) {
        const db = schemaUrl(opts.pg, `scaling_${stamp}_${coordinators}c_${workers}w`);
        add(row('postgres', await benchOrchestration({ trials, workers, coordinators, db })));
      }
    }
  }
  return rows;
}

export function formatScalingRow(r: ScalingRow): string {
  return (
    `${r.dialect.padEnd(8)} ${r.coordinators} coordinator(s) ${String(r.workers).padStart(2)} workers: ` +
    `${r.trialsPerSecond} trials/s, coordinator CPU ${r.coordinatorCpu} cores ` +
    `(${r.coordinatorCpuEach.join(' + ')}), LeaseWork p50 ${r.leaseP50Ms} ms, ${r.trials} trials`
  );
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const trials = arg('--trials');
  benchScaling({
    trials: trials ? Number(trials) : undefined,
    pg: arg('--pg') ?? process.env['THRESHER_TEST_PG_URL'],
    onRow: (r) => console.log(formatScalingRow(r)),
  }).catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
