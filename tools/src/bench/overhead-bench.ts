/**
 * Orchestration overhead against the ideal schedule: `trials` trials of about `trialSeconds`
 * each on `workers` workers (concurrency 1, one trial per lease so that no vectorized batching
 * changes the work). Ideal = sum of the trials' own training times (wall_ms, measured by the
 * workers) / workers; overhead = makespan / ideal - 1, makespan from the first lease to the last
 * recorded result. Target: within 2% for 1 000 trials of ~1 s; on a small machine run a
 * scaled version with --trials (the per-trial overhead is what matters, so the figure carries).
 *
 *   node tools/dist/bench/overhead-bench.js [--trials 1000] [--trial-seconds 1] [--workers 2]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCoordinatorClient } from '@thresher/proto';
import { runReadOnlyQuery } from '@thresher/store';
import { PARAM_DEFAULTS, type TrialParams } from '@thresher/sweep';
import { selectBackend, trainTrial } from '@thresher/training';
import {
  runCli,
  sleep,
  startCoordinator,
  startWorker,
  stopApp,
  waitForLine,
  type AppProcess,
} from './bench-processes';
import { round4 } from './stats';

export interface OverheadOptions {
  trials?: number;
  trialSeconds?: number;
  workers?: number;
}

export interface OverheadResult {
  trials: number;
  workers: number;
  steps: number;
  /** Mean training time per trial as the workers measured it. */
  meanTrialSeconds: number;
  idealSeconds: number;
  /** First lease to last recorded result. */
  makespanSeconds: number;
  overheadPercent: number;
  /** Submission (CLI) and the wait until the first trial is leased (idle workers poll). */
  submitSeconds: number;
  firstLeaseSeconds: number;
}

const FIXED = { n: 256, width: 128, d: 5, test_size: 1000 };

/** Steps for one trial of about `seconds` on this machine's default backend (in this process). */
async function calibrateSteps(seconds: number): Promise<number> {
  await selectBackend('auto', { warn: () => undefined });
  const time = async (steps: number) => {
    const params: TrialParams = {
      ...PARAM_DEFAULTS,
      ...FIXED,
      seed: 0,
      steps,
      record_every: Math.max(1, Math.round(steps / 50)),
    };
    const t0 = performance.now();
    await trainTrial(params);
    return (performance.now() - t0) / 1000;
  };
  await time(10); // warm-up
  const short = await time(50);
  const long = await time(550);
  const perStep = Math.max((long - short) / 500, 1e-6);
  return Math.max(10, Math.round((seconds - short) / perStep + 50));
}

export async function benchOverhead(opts: OverheadOptions = {}): Promise<OverheadResult> {
  const trials = opts.trials ?? 1000;
  const workers = opts.workers ?? 2;
  const steps = await calibrateSteps(opts.trialSeconds ?? 1);
  // Five times the ideal, plus start-up: a stuck run fails instead of hanging the benchmark.
  const giveUpMs = ((5 * trials * (opts.trialSeconds ?? 1)) / workers) * 1000 + 120_000;
  const dir = mkdtempSync(path.join(tmpdir(), 'thresher-overhead-'));
  const db = path.join(dir, 'bench.db');
  const apps: AppProcess[] = [];
  const { app: coordinator, address } = await startCoordinator(db);
  apps.push(coordinator);
  const client = createCoordinatorClient(address);
  const sweep = 'overhead';
  try {
    // Workers first, registered and idle, so that their start-up is not counted.
    for (let i = 0; i < workers; i++)
      apps.push(startWorker(address, `overhead-${i + 1}`, ['--max-bundle', '1']));
    for (const w of apps.slice(1)) await waitForLine(w, /registered as/, 120_000);

    const file = path.join(dir, 'overhead.yaml');
    const fixed = { ...FIXED, steps, record_every: Math.max(1, Math.round(steps / 50)) };
    writeFileSync(
      file,
      [
        `name: ${sweep}`,
        'grid:',
        `  seed: { range: [0, ${trials - 1}] }`,
        'fixed:',
        ...Object.entries(fixed).map(([k, v]) => `  ${k}: ${v}`),
      ].join('\n') + '\n',
    );
    const t0 = performance.now();
    await runCli(['submit', file, '--coordinator', address], 120_000);
    const tSubmitted = performance.now();
    let tFirst = Number.NaN;
    let tEnd = Number.NaN;
    for (;;) {
      const s = await client.getSweepStatus({ name: sweep });
      const now = performance.now();
      const done = (s.counts?.done ?? 0) + (s.counts?.failed ?? 0);
      if (Number.isNaN(tFirst) && (s.counts?.leased ?? 0) + done > 0) tFirst = now;
      if (done >= trials) {
        tEnd = now;
        break;
      }
      if (apps.every((a) => a === coordinator || a.child.exitCode !== null))
        throw new Error('every worker exited');
      if (now - t0 > giveUpMs)
        throw new Error(`${done} of ${trials} trials done after ${Math.round(giveUpMs / 1000)} s`);
      await sleep(100);
    }
    const q = await runReadOnlyQuery(
      db,
      `SELECT sum(wall_ms), count(*), sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) FROM trial_results WHERE sweep = '${sweep}'`,
    );
    const [wallMs, count, failed] = (q.rows[0] ?? []).map((v) => Number(v ?? 0));
    if (failed) throw new Error(`${failed} of ${count} trials failed`);
    const ideal = (wallMs ?? 0) / 1000 / workers;
    const makespan = (tEnd - tFirst) / 1000;
    return {
      trials,
      workers,
      steps,
      meanTrialSeconds: round4((wallMs ?? 0) / 1000 / trials),
      idealSeconds: round4(ideal),
      makespanSeconds: round4(makespan),
      overheadPercent: round4((makespan / ideal - 1) * 100),
      submitSeconds: round4((tSubmitted - t0) / 1000),
      firstLeaseSeconds: round4((tFirst - tSubmitted) / 1000),
    };
  } finally {
    client.close();
    for (const a of apps.reverse()) await stopApp(a);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const num = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  benchOverhead({
    trials: num('--trials'),
    trialSeconds: num('--trial-seconds'),
    workers: num('--workers'),
  }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
