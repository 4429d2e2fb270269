import { createCoordinatorClient, type CoordinatorClient } from '@thresher/proto';
import { TRIAL_CURVE_COLUMNS, runReadOnlyQuery } from '@thresher/store';
import {
  METRIC_NAMES,
  PARAM_DEFAULTS,
  PARAM_NAMES,
  type TrialMetrics,
  type TrialParams,
} from '@thresher/sweep';
import {
  TRAINED,
  compareMetrics,
  trainedCheck,
  trialReference,
  type Amplification,
  type Check,
  type Metrics,
  type RefMetrics,
} from '@thresher/training/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  requireBuiltApps,
  startCoordinator,
  startWorker,
  waitFor,
  type ManagedProcess,
} from './support/processes';
import { auditSweep } from './support/results';

/*
 * A trial's stored row against the independent float64 reference, metric by metric, end to
 * end: the built worker trains the sweep (native TensorFlow, else wasm), sends the results over
 * gRPC, the built coordinator writes them into a SQLite file, and every metric column of its
 * `trial_results` row (and each value of its last `trial_curves` point that the store exports,
 * TRIAL_CURVE_COLUMNS: train_loss, test_loss) is compared with
 * tools/reference/reference_trial.py `trial --float64` run on the same data and initial weights,
 * made here by libs/training makeTrialData / initialWeights from the parameters the row holds.
 * libs/training's trial-reference.spec.ts checks trainBatch's metrics object the same way; the
 * comparison and its bounds are shared (libs/training/src/test-support/trial-check.ts):
 *
 * - train_loss, test_loss, excess_risk, interp_ratio, test_ratio, aligned_fraction: relative
 *   error at most SAFETY (4) * amp * F32_EPS (2^-24), amp = the trial's measured amplification
 *   of float32 rounding (AMP below); a ratio is NULL exactly where the reference's is.
 * - ols_train_loss, ols_test_loss, ols_excess_risk: absolute error at most
 *   OLS_TOL (2.2e-16 * 10^2 * 1000) * (|ref| + 1/2 mean target^2), cond(X) < 10 (a premise).
 * - converged: stored 1 or 0, equal to the reference's, whose loss change is at least 1% away
 *   from the 1e-3 edge (a premise); aligned_fraction's neurons are at least 1e-4 away from the
 *   |cos| = 0.95 edge (a premise).
 *
 * The sweep: GELU + GD from init_scale 0.1, as trial-reference.spec.ts: a smooth trajectory, so
 * float32 rounding is amplified at most 17 times (but in n 4's train loss, see AMP); relu from a
 * small init is chaotic here (up to 1e6 F32_EPS under the same model), which would leave the
 * bounds too loose to catch anything. n {4, 48, 400} x width {8, 16}: six trials of one batch
 * key, so the worker trains them as one zero-padded bundle of unequal n and width (checked: one
 * lease, first attempts). n 4 < D = 5: OLS interpolates, so interp_ratio is stored as NULL;
 * n 48: the network interpolates more than OLS; n 400: part of the neuron mass aligned with the
 * OLS direction, converged at width 16 (not at width 8: its last 10% still move the loss by
 * 1.3e-3). A grid is a cross product, so unequal n and width take at least four trials; six
 * cover all three regimes at both widths, and both values of converged.
 */

const SWEEP = 'stored-row-reference';
const NS = [4, 48, 400] as const;
const WIDTHS = [8, 16] as const;

/** Everything but n and width, as the sweep file fixes it. */
const FIXED = {
  seed: 3,
  activation: 'gelu',
  optimizer: 'gd',
  lr: 0.1,
  init_scale: 0.1,
  steps: 1000,
  record_every: 100,
  test_size: 1000,
} as const satisfies Partial<TrialParams>;

/**
 * Per trial (n x width): the largest |perturbed - exact| / (|exact| F32_EPS) over --perturb
 * seeds 0..15, at least 1 (measured with tools/reference/reference_trial.py on AMD EPYC, avx2
 * and avx512f; the model of rounding is float64 numpy's, so it hardly depends on the CPU). 4 x 8
 * and 400 x 16 are trials of trial-reference.spec.ts too, where the same values were measured.
 */
const AMP: Record<`${(typeof NS)[number]}x${(typeof WIDTHS)[number]}`, Amplification> = {
  // n 4 < D: the network interpolates (train_loss ~1.6e-9), so the float32 forward pass's
  // rounding of f (|f| ~ 1) dominates it; aligned_fraction is 0 (exact) below n 400.
  '4x8': {
    train_loss: 16272,
    test_loss: 3,
    excess_risk: 4,
    interp_ratio: 1,
    test_ratio: 3,
    aligned_fraction: 1,
  },
  '4x16': {
    train_loss: 12156,
    test_loss: 3,
    excess_risk: 3,
    interp_ratio: 1,
    test_ratio: 3,
    aligned_fraction: 1,
  },
  '48x8': {
    train_loss: 8,
    test_loss: 9,
    excess_risk: 17,
    interp_ratio: 8,
    test_ratio: 9,
    aligned_fraction: 1,
  },
  '48x16': {
    train_loss: 11,
    test_loss: 7,
    excess_risk: 14,
    interp_ratio: 11,
    test_ratio: 7,
    aligned_fraction: 1,
  },
  '400x8': {
    train_loss: 1,
    test_loss: 1,
    excess_risk: 16,
    interp_ratio: 1,
    test_ratio: 1,
    aligned_fraction: 9,
  },
  '400x16': {
    train_loss: 1,
    test_loss: 1,
    excess_risk: 16,
    interp_ratio: 1,
    test_ratio: 1,
    aligned_fraction: 7,
  },
};

/** trial_results columns that are neither a parameter nor a metric. */
const BOOKKEEPING = [
  'sweep',
  'trial_id',
  'status',
  'attempts',
  'error',
  'wall_ms',
  'backend',
  'worker',
  'code_version',
];

/** trial_curves columns that locate a point rather than measure it. */
const CURVE_KEYS = ['trial_id', 'step'];

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-stored-row-'));
const started: ManagedProcess[] = [];
let client: CoordinatorClient | undefined;

beforeAll(() => requireBuiltApps());
afterAll(async () => {
  client?.close();
  await Promise.all(started.splice(0).map((p) => p.stop('SIGKILL')));
  rmSync(dir, { recursive: true, force: true });
});

function ampOf(p: Pick<TrialParams, 'n' | 'width'>): Amplification {
  const amp = AMP[`${p.n}x${p.width}` as keyof typeof AMP];
  if (!amp) throw new Error(`no measured amplification for n ${p.n}, width ${p.width}`);
  return amp;
}

/** Rows of a read-only query as objects keyed by column. */
async function query(db: string, sql: string): Promise<Record<string, unknown>[]> {
  const { columns, rows } = await runReadOnlyQuery(db, sql);
  return rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])));
}

/** A stored metric as the trial reported it: SQLite keeps converged as INTEGER 1 or 0. */
function storedMetric(name: keyof TrialMetrics, value: unknown): number | boolean | null {
  if (name !== 'converged') return value as number | null;
  expect([0, 1], 'converged is stored as 1 or 0').toContain(value);
  return value === 1;
}

function expectWithin(name: string, checks: Check[]): void {
  for (const c of checks) {
    expect(c.error, `${name}: ${c.what}, limit ${c.limit.toExponential(2)}`).toBeLessThanOrEqual(
      c.limit,
    );
  }
}

async function trainSweep(db: string): Promise<void> {
  // --max-padding: the six trials padded to n 400, width 16 cost ~3.5 times their own flops,
  // more than the default 1.15 lets one bundle hold; 10 lets them train together.
  const c = await startCoordinator(['--port', '0', '--db', db, '--max-padding', '10']);
  started.push(c.proc);
  client = createCoordinatorClient(c.address, { deadlineMs: 10_000 });
  const spec = { name: SWEEP, grid: { n: [...NS], width: [...WIDTHS] }, fixed: FIXED };
  const total = NS.length * WIDTHS.length;
  expect(await client.submitSweep({ specJson: JSON.stringify(spec) })).toMatchObject({ total });
  // Submitted before the worker starts, so its first lease can take the whole batch key.
  const w = startWorker('reference', [
    ...['--coordinator', c.address, '--concurrency', '1', '--backend', 'auto'],
    ...['--max-bundle', String(total)],
  ]);
  started.push(w.proc);
  const api = client;
  await waitFor(
    'the sweep to finish',
    async () => {
      const counts = (await api.getSweepStatus({ name: SWEEP })).counts!;
      return (counts.done ?? 0) + (counts.failed ?? 0) === counts.total ? counts : undefined;
    },
    180_000,
    250,
  );
  expect(await w.proc.stop('SIGTERM')).toEqual({ code: 0, signal: null });
}

describe('a stored trial row', () => {
  it(
    'matches the float64 reference in every metric column, for a padded bundle',
    { timeout: 600_000 },
    async () => {
      const db = path.join(dir, 'reference.db');
      await trainSweep(db);

      // Trained as one bundle: every trial's first attempt, all leased by one call.
      const audit = await auditSweep(db, SWEEP);
      expect(audit.notDone).toEqual([]);
      const attempts = [...audit.attempts.values()].flat();
      expect(attempts).toHaveLength(NS.length * WIDTHS.length);
      expect(new Set(attempts.map((a) => a.attempt))).toEqual(new Set([1]));
      expect(new Set(attempts.map((a) => a.startedAt.getTime())).size).toBe(1);

      const stored = await query(db, `SELECT * FROM trial_results WHERE sweep = '${SWEEP}'`);
      const columns = Object.keys(stored[0] ?? {});
      const metricColumns = columns.filter(
        (c) => !BOOKKEEPING.includes(c) && !(PARAM_NAMES as string[]).includes(c),
      );
      // Every metric column the store has is a metric the trial reports (and so compared).
      expect([...metricColumns].sort()).toEqual([...METRIC_NAMES].sort());
      const curveValues = TRIAL_CURVE_COLUMNS.filter((c) => !CURVE_KEYS.includes(c));

      const seen = new Set<string>();
      const regimes = new Set<string>(); // what the trials are meant to cover, per the reference
      for (const row of stored) {
        const typed = audit.rows.find((r) => r.trial_id === row.trial_id);
        if (!typed) throw new Error(`trial ${String(row.trial_id)} missing from the audit`);
        const params = Object.fromEntries(PARAM_NAMES.map((k) => [k, typed[k]])) as TrialParams;
        const name = `n ${params.n}, width ${params.width}`;
        seen.add(`${params.n}x${params.width}`);
        // The parameters the amplification was measured for, exactly.
        expect(params, name).toEqual({
          ...PARAM_DEFAULTS,
          ...FIXED,
          n: params.n,
          width: params.width,
        });
        const amp = ampOf(params);
        const { ref, premises } = trialReference(params, amp);
        expectWithin(`${name} (premise)`, premises);
        if (ref.interp_ratio === null) regimes.add('NULL interp_ratio');
        regimes.add(ref.converged ? 'converged' : 'not converged');
        if (ref.aligned_fraction > 0.1 && ref.aligned_fraction < 0.9) regimes.add('part aligned');

        const ours = Object.fromEntries(
          metricColumns.map((c) => [c, storedMetric(c as keyof TrialMetrics, row[c])]),
        ) as Metrics;
        const checks = compareMetrics(params, amp, ours, ref);
        expect(checks.map((c) => c.name).sort()).toEqual([...METRIC_NAMES].sort());
        expectWithin(name, checks);

        const [last] = await query(
          db,
          `SELECT * FROM trial_curves WHERE trial_id = '${String(row.trial_id)}'
           ORDER BY step DESC LIMIT 1`,
        );
        expect(last?.step, `${name}: the last curve point is the last step`).toBe(params.steps);
        expectWithin(`${name} (last curve point)`, curveChecks(curveValues, last ?? {}, ref, amp));
      }
      expect(seen.size).toBe(NS.length * WIDTHS.length);
      expect([...regimes].sort()).toEqual([
        'NULL interp_ratio',
        'converged',
        'not converged',
        'part aligned',
      ]);
    },
  );
});

/** Each value of the last curve point against the trial's final metric of that name. */
function curveChecks(
  names: readonly string[],
  point: Record<string, unknown>,
  ref: RefMetrics,
  amp: Amplification,
): Check[] {
  expect(names.length).toBeGreaterThan(0);
  return names.map((q) => {
    if (!(TRAINED as readonly string[]).includes(q)) {
      return { name: q, what: `curve column ${q} is no final metric`, error: Infinity, limit: 0 };
    }
    const t = q as (typeof TRAINED)[number];
    return trainedCheck(t, point[q] as number | null, ref[t], amp[t]);
  });
}
