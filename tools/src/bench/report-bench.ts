/**
 * Report benchmark: buildReport + renderReport over a large synthetic sweep (target: 100 000
 * trials built and rendered to HTML in under 10 s). Rows follow the logistic threshold model.
 *
 *   node tools/dist/bench/report-bench.js [--trials 100000]
 */
import {
  buildReport,
  curveTrialIds,
  renderReport,
  syntheticSweepRows,
  withCurves,
  type ReportRow,
} from '@thresher/report';

export interface ReportBenchRow {
  phase: 'build' | 'render-html' | 'build+html' | 'render-md' | 'render-json';
  trials: number;
  groups: number;
  ms: number;
  /** Output size in bytes (render phases). */
  bytes: number | null;
  /** build+html only: under the 10 s target. */
  within_target: boolean | null;
}

const WIDTHS = [16, 32, 64, 128, 256, 512, 1024, 2048];
const NOISES = [0.25, 0.5, 1];
const NS = [8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384];
const TARGET_MS = 10_000;

/** A sweep of about `trials` trials: widths x noise levels x n x seeds, some failed or pending. */
export function benchRows(trials: number): ReportRow[] {
  const seeds = Math.max(1, Math.ceil(trials / (WIDTHS.length * NOISES.length * NS.length)));
  const rows = NOISES.flatMap((noise) =>
    syntheticSweepRows({
      sweep: `bench-noise-${noise}`,
      ns: NS,
      widths: WIDTHS,
      seeds,
      noise,
      ratioNoise: 0.06,
      failRate: 0.005,
      pendingRate: 0.01,
    }),
  );
  return rows.slice(0, trials);
}

export async function benchReport(opts: { trials: number }): Promise<ReportBenchRow[]> {
  const rows = benchRows(opts.trials);
  const sweep = 'report-bench';
  const t0 = performance.now();
  const built = buildReport({ sweep, rows });
  // What `thresher report` does: pick the trials to show curves of, fetch them, attach them.
  const curves = new Map(
    curveTrialIds(built).map((id) => [
      id,
      Array.from({ length: 51 }, (_, i) => ({
        step: i * 200,
        train_loss: 0.1 * Math.exp(-i / 10) + 0.01,
        test_loss: 0.14 + 0.03 * (1 - Math.exp(-i / 8)),
      })),
    ]),
  );
  const model = withCurves(built, curves, rows);
  const t1 = performance.now();
  const html = await renderReport(model, 'html');
  const t2 = performance.now();
  const md = await renderReport(model, 'md');
  const t3 = performance.now();
  const json = await renderReport(model, 'json');
  const t4 = performance.now();
  const buildMs = t1 - t0;
  const base = { trials: rows.length, groups: model.groups.length };
  const round = (ms: number) => Math.round(ms);
  return [
    { phase: 'build', ...base, ms: round(buildMs), bytes: null, within_target: null },
    {
      phase: 'render-html',
      ...base,
      ms: round(t2 - t1),
      bytes: Buffer.byteLength(html),
      within_target: null,
    },
    {
      phase: 'build+html',
      ...base,
      ms: round(t2 - t0),
      bytes: Buffer.byteLength(html),
      within_target: t2 - t0 < TARGET_MS,
    },
    {
      phase: 'render-md',
      ...base,
      ms: round(t3 - t2),
      bytes: Buffer.byteLength(md),
      within_target: null,
    },
    {
      phase: 'render-json',
      ...base,
      ms: round(t4 - t3),
      bytes: Buffer.byteLength(json),
      within_target: null,
    },
  ];
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--trials');
  const trials = Number(i >= 0 ? argv[i + 1] : 100_000);
  benchReport({ trials }).then(
    (rows) => console.table(rows),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
