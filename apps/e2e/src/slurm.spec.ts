import { createCoordinatorClient, type CoordinatorClient } from '@thresher/proto';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltApps, ROOT, startCoordinator, type Coordinator } from './support/processes';
import { auditSweep } from './support/results';
import { smallSweep } from './support/sweeps';

// A real single-node Slurm (tools/scripts/start-slurm.sh: munged, slurmctld, slurmd) runs
// examples/slurm/thresher-worker.sbatch as a job array against a real coordinator: the
// script as a user would submit it, the array ending by itself once the sweep is done.

const run = promisify(execFile);
const START_SLURM = path.join(ROOT, 'tools/scripts/start-slurm.sh');
const SBATCH_SCRIPT = path.join(ROOT, 'examples/slurm/thresher-worker.sbatch');
const TOKEN = 'e2e-slurm-token';

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-slurm-'));
let slurmEnv: NodeJS.ProcessEnv = {};
let coordinator: Coordinator | undefined;
let api: CoordinatorClient | undefined;
const jobs: string[] = [];

beforeAll(() => requireBuiltApps());

/**
 * Starts Slurm (or finds it started) with the repository's script. Called in the test, not
 * in a hook: without Slurm the test fails, with the reason, instead of being skipped.
 */
async function startSlurm(): Promise<void> {
  let out: string;
  try {
    out = (await run('bash', [START_SLURM], { timeout: 90_000 })).stdout;
  } catch (err) {
    const e = err as Error & { stderr?: string };
    throw new Error(
      `cannot start Slurm with ${START_SLURM} (npm test's pretest installs slurm-wlm and munge; ` +
        `it needs root): ${e.stderr?.trim() || e.message}`,
    );
  }
  const conf = /^export SLURM_CONF=(\S+)$/m.exec(out)?.[1];
  if (!conf) throw new Error(`start-slurm.sh printed no SLURM_CONF line:\n${out}`);
  slurmEnv = { ...process.env, SLURM_CONF: conf };
}

afterAll(async () => {
  // Slurm itself stays up for the next run (the script is idempotent); our jobs do not.
  if (jobs.length > 0) await run('scancel', jobs, { env: slurmEnv }).catch(() => undefined);
  api?.close();
  await coordinator?.proc.stop('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** The output files of the array's tasks, for assertions and for failure messages. */
function taskLogs(): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.out'))
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
  );
}

const dump = () =>
  [...taskLogs()].map(([f, text]) => `--- ${f}\n${text}`).join('\n') +
  `\n--- coordinator\n${coordinator?.proc.tail() ?? ''}`;

/**
 * Waits until every task of the array has ended; their states and exit codes. Polls
 * `scontrol show job` (ended jobs stay there for MinJobAge, 300 s): `sbatch --wait` also
 * works but polls at a slowing pace, adding up to half a minute after the array ends.
 */
async function waitForJob(job: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { stdout } = await run('scontrol', ['-o', 'show', 'job', job], { env: slurmEnv });
    const tasks = stdout
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const field = (name: string) => new RegExp(`(?:^| )${name}=(\\S+)`).exec(line)?.[1];
        return {
          task: field('ArrayTaskId'),
          state: field('JobState'),
          exitCode: field('ExitCode'),
        };
      })
      .sort((a, b) => Number(a.task) - Number(b.task));
    const active = /^(PENDING|CONFIGURING|RUNNING|COMPLETING|SUSPENDED|REQUEUED|RESIZING)$/;
    if (tasks.length > 0 && tasks.every((t) => !active.test(t.state ?? ''))) return tasks;
    if (Date.now() > deadline) {
      throw new Error(`job ${job} still running after ${timeoutMs} ms: ${JSON.stringify(tasks)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('a sweep on a real Slurm cluster', () => {
  it(
    'a job array of workers finishes it, every trial done once, and ends by itself',
    { timeout: 240_000 },
    async () => {
      await startSlurm();
      const db = path.join(dir, 'slurm.db');
      coordinator = await startCoordinator([
        '--host',
        '127.0.0.1',
        '--port',
        '0',
        '--db',
        db,
        '--token',
        TOKEN,
      ]);
      api = createCoordinatorClient(coordinator.address, { token: TOKEN, deadlineMs: 10_000 });
      // Enough steps that the first task is still training when the second one starts.
      const spec = smallSweep('slurm', { seeds: 2, steps: 1000 });
      expect(
        await api.submitSweep({ specJson: JSON.stringify(spec), fileName: 'slurm.json' }),
      ).toMatchObject({ inserted: 16, total: 16 });

      // From the repository root, as the README says: the script finds Thresher through
      // the submit directory. One CPU per task, so both tasks fit the node at once.
      const submitted = await run(
        'sbatch',
        [
          '--array=0-1',
          '--parsable',
          '--cpus-per-task=1',
          `--output=${dir}/worker-%A_%a.out`,
          SBATCH_SCRIPT,
          '--max-bundle',
          '2',
        ],
        {
          cwd: ROOT,
          env: {
            ...slurmEnv,
            THRESHER_COORDINATOR: coordinator.address,
            THRESHER_TOKEN: TOKEN,
            THRESHER_NODE: process.execPath,
            THRESHER_EXIT_WHEN_IDLE: '3',
          },
        },
      );
      const job = submitted.stdout.trim().split(';')[0] as string;
      expect(job, submitted.stdout).toMatch(/^\d+$/);
      jobs.push(job);
      const tasks = await waitForJob(job, 180_000).catch((err: Error) =>
        Promise.reject(new Error(`${err.message}\n${dump()}`)),
      );
      expect(tasks, dump()).toEqual([
        { task: '0', state: 'COMPLETED', exitCode: '0:0' },
        { task: '1', state: 'COMPLETED', exitCode: '0:0' },
      ]);

      const status = await api.getSweepStatus({ name: 'slurm' });
      expect(status.counts, dump()).toMatchObject({ done: 16, failed: 0, pending: 0, leased: 0 });
      const audit = await auditSweep(db, 'slurm');
      expect(audit.rows).toHaveLength(16);
      expect(audit.notDone).toEqual([]);
      for (const [trial, completed] of audit.completedAttempts) expect(completed, trial).toBe(1);

      // Both array tasks ran a worker, named after its task, that drained when work ran out.
      const workers = (await api.listWorkers({})).workers;
      const ids = workers.map((w) => w.workerId ?? '').sort();
      expect(ids, dump()).toHaveLength(2);
      expect(ids[0]).toMatch(new RegExp(`^thresher-${job}_0-`));
      expect(ids[1]).toMatch(new RegExp(`^thresher-${job}_1-`));
      expect(workers.map((w) => w.state)).toEqual(['drained', 'drained']);
      expect(workers.reduce((sum, w) => sum + (w.completed ?? 0), 0)).toBe(16);
      for (const w of audit.workers) expect(ids).toContain(w);

      const logs = [...taskLogs().values()];
      expect(logs, dump()).toHaveLength(2);
      for (const log of logs) {
        // --concurrency from the allocation (SLURM_CPUS_PER_TASK), not the node's cores.
        expect(log).toMatch(/1 slot\(s\)/);
        expect(log).toMatch(/no work for \d+ s \(--exit-when-idle\)/);
        expect(log).toMatch(/stopped: \d+ completed, 0 failed/);
      }
    },
  );
});
