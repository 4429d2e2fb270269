/**
 * The main job end to end: `thresher run examples/quick.yaml` as a child process (embedded
 * coordinator, one worker per core, fresh SQLite file, HTML report), timed from spawn to exit.
 * Target: under 3 minutes on 2 cores.
 *
 *   node tools/dist/bench/main-job-bench.js [--sweep examples/quick.yaml]
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runReadOnlyQuery } from '@thresher/store';
import { ROOT, runCli } from './bench-processes';

export interface MainJobResult {
  sweepFile: string;
  wallSeconds: number;
  trials: number;
  done: number;
  failed: number;
  /** Sum of the trials' own training time (wall_ms) over the run's wall time. */
  trainingShare: number;
  reportBytes: number;
  targetSeconds: number;
  withinTarget: boolean;
}

const TARGET_SECONDS = 180;

export async function benchMainJob(
  opts: { sweepFile?: string; timeoutS?: number } = {},
): Promise<MainJobResult> {
  const sweepFile = path.resolve(ROOT, opts.sweepFile ?? 'examples/quick.yaml');
  if (!existsSync(sweepFile)) throw new Error(`${path.relative(ROOT, sweepFile)} does not exist`);
  const dir = mkdtempSync(path.join(tmpdir(), 'thresher-main-job-'));
  try {
    const db = path.join(dir, 'main-job.db');
    const out = path.join(dir, 'r.html');
    const { ms } = await runCli(
      ['run', sweepFile, '--db', db, '--no-progress', '--out', out],
      (opts.timeoutS ?? 900) * 1000,
    );
    const q = await runReadOnlyQuery(
      db,
      `SELECT count(*) AS trials, sum(CASE WHEN status = 'done' THEN 1 ELSE 0 END) AS done,
              sum(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed, sum(wall_ms) AS wall_ms
       FROM trial_results`,
    );
    const [trials, done, failed, wallMs] = (q.rows[0] ?? []).map((v) => Number(v ?? 0));
    const wallSeconds = ms / 1000;
    return {
      sweepFile: path.relative(ROOT, sweepFile),
      wallSeconds: Math.round(wallSeconds * 10) / 10,
      trials: trials ?? 0,
      done: done ?? 0,
      failed: failed ?? 0,
      trainingShare: Math.round(((wallMs ?? 0) / ms) * 100) / 100,
      reportBytes: existsSync(out) ? statSync(out).size : 0,
      targetSeconds: TARGET_SECONDS,
      withinTarget: wallSeconds < TARGET_SECONDS,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--sweep');
  benchMainJob({ sweepFile: i >= 0 ? argv[i + 1] : undefined }).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
