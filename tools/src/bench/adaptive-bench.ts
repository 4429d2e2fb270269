/**
 * Adaptive threshold search (SPEC section 5) against a dense log grid over the same range and
 * seeds: trials, compute (sum of n x width x steps), n* and its interval of each. Trials are
 * trained in this process with @thresher/training, one n at a time with its seeds as one batch
 * (padding a batch of mixed n to the largest would bill the grid for work it does not need);
 * the search's rounds come from libs/report's planSearch, exactly as a coordinator would ask.
 * A trial both methods need is trained once (a cache by trial id, as the store's identity), but
 * billed to each.
 *
 *   node tools/dist/bench/adaptive-bench.js [--quick]
 */
import {
  completeParams,
  trialId,
  type ParamName,
  type ParamValue,
  type SearchSpec,
  type TrialParams,
} from '@thresher/sweep';
import { selectBackend, trainBatch } from '@thresher/training';
import {
  fitThreshold,
  planSearch,
  type SearchGroupState,
  type SearchTrial,
  type SearchVerdict,
  type ThresholdPoint,
} from '@thresher/report';

export interface AdaptiveConfig {
  name: string;
  params: Partial<Record<ParamName, ParamValue>>;
  seeds: number[];
  search: SearchSpec;
  /** n values of the dense grid (log-spaced over the same range). */
  gridPoints: number;
}

export interface MethodFigures {
  trials: number;
  /** Sum of n x width x steps over the trials. */
  compute: number;
  nStar: number | null;
  ci: [number, number] | null;
  verdict: string;
}

export interface AdaptiveBenchRow {
  config: string;
  settings: string;
  dense: MethodFigures;
  search: MethodFigures & { rounds: number; nByRound: number[][] };
  computeRatio: number;
  /** Search n* inside the grid's interval, search interval no wider, compute <= 1/3. */
  targetMet: boolean | null;
  wallSeconds: number;
}

const cache = new Map<string, number>();

/** interp_ratio of each trial (NaN when undefined, n <= d, or failed). */
async function ratios(trials: TrialParams[]): Promise<number[]> {
  const todo = trials.filter((t) => !cache.has(trialId(t)));
  const byN = new Map<number, TrialParams[]>();
  for (const t of todo) byN.set(t.n, [...(byN.get(t.n) ?? []), t]);
  for (const batch of byN.values()) {
    const results = await trainBatch(batch);
    results.forEach((r, i) => {
      const y = r.ok ? r.outcome.metrics.interp_ratio : null;
      cache.set(trialId(batch[i] as TrialParams), y ?? Number.NaN);
    });
  }
  return trials.map((t) => cache.get(trialId(t)) as number);
}

const costOf = (t: TrialParams) => t.n * t.width * t.steps;

function logGrid(from: number, to: number, k: number): number[] {
  const out = new Set<number>();
  for (let i = 0; i < k; i++) {
    out.add(Math.round(Math.exp(Math.log(from) + (i / (k - 1)) * (Math.log(to) - Math.log(from)))));
  }
  return [...out];
}

export async function benchAdaptiveConfig(c: AdaptiveConfig): Promise<AdaptiveBenchRow> {
  const started = performance.now();
  const trial = (n: number, seed: number) => completeParams({ ...c.params, n, seed });

  const grid = logGrid(c.search.from, c.search.to, c.gridPoints).flatMap((n) =>
    c.seeds.map((seed) => trial(n, seed)),
  );
  const ys = await ratios(grid);
  const densePoints: ThresholdPoint[] = grid.map((t, i) => ({
    n: t.n,
    seed: t.seed,
    y: ys[i] as number,
  }));
  const denseFit = fitThreshold(densePoints, { rngSeed: 1 });

  const state: SearchGroupState = { key: c.name, seeds: c.seeds, trials: [] as SearchTrial[] };
  const nByRound: number[][] = [];
  let verdict: SearchVerdict = 'searching';
  for (;;) {
    const plan = planSearch(c.search, [state]);
    const g = plan.groups[0];
    verdict = g?.verdict ?? 'budget';
    if (plan.trials.length === 0) break;
    const params = plan.trials.map((p) => trial(p.n, p.seed));
    const y = await ratios(params);
    nByRound.push(g?.propose ?? []);
    plan.trials.forEach((p, i) =>
      (state.trials as SearchTrial[]).push({
        n: p.n,
        seed: p.seed,
        round: p.round,
        y: y[i] as number,
      }),
    );
  }
  const searchPoints = state.trials.map((t) => ({ n: t.n, seed: t.seed, y: t.y as number }));
  const searchFit = fitThreshold(searchPoints, { rngSeed: 1 });
  const searchCompute = state.trials.reduce((s, t) => s + costOf(trial(t.n, t.seed)), 0);
  const denseCompute = grid.reduce((s, t) => s + costOf(t), 0);
  const width = (ci: [number, number] | null) => (ci ? ci[1] / ci[0] : Infinity);
  const targetMet =
    denseFit.ci && searchFit.nStar !== null
      ? searchFit.nStar >= denseFit.ci[0] &&
        searchFit.nStar <= denseFit.ci[1] &&
        width(searchFit.ci) <= width(denseFit.ci) &&
        searchCompute <= denseCompute / 3
      : null;
  const p = completeParams({ ...c.params, n: 8, seed: 0 });
  return {
    config: c.name,
    settings: `d=${p.d} noise=${p.noise} width=${p.width} steps=${p.steps} lr=${p.lr}; seeds ${c.seeds.length}; n ${c.search.from}..${c.search.to}; grid ${c.gridPoints} n; target_ci ${c.search.targetCi}`,
    dense: {
      trials: grid.length,
      compute: denseCompute,
      nStar: denseFit.nStar,
      ci: denseFit.ci,
      verdict: denseFit.verdict,
    },
    search: {
      trials: state.trials.length,
      compute: searchCompute,
      nStar: searchFit.nStar,
      ci: searchFit.ci,
      verdict,
      rounds: nByRound.length,
      nByRound,
    },
    computeRatio: searchCompute / denseCompute,
    targetMet,
    wallSeconds: (performance.now() - started) / 1000,
  };
}

/** The section's configurations: two over the paper's range (one with other d and noise), quick's. */
export function adaptiveConfigs(quick: boolean): { config: AdaptiveConfig; target: boolean }[] {
  const seeds = [0, 1, 2, 3, 4];
  const steps = quick ? 500 : 2000;
  const wide: SearchSpec = {
    from: 8,
    to: 4096,
    targetCi: 2,
    initialPoints: 5,
    pointsPerRound: 3,
    maxRounds: 8,
  };
  const fixed = { lr: 0.2, init_scale: 0.001, test_size: 500, steps };
  return [
    {
      config: {
        name: 'paper-d5 (d 5, noise 0.5)',
        params: { ...fixed, d: 5, noise: 0.5, width: 64 },
        seeds,
        search: wide,
        gridPoints: 10,
      },
      target: true,
    },
    {
      config: {
        name: 'd 7, noise 0.25',
        params: { ...fixed, d: 7, noise: 0.25, width: 64 },
        seeds,
        search: wide,
        gridPoints: 10,
      },
      target: true,
    },
    {
      config: {
        name: 'quick.yaml range (d 5, n 8..512)',
        params: { ...fixed, d: 5, width: 32 },
        seeds,
        search: { ...wide, to: 512 },
        gridPoints: 7,
      },
      target: false,
    },
  ];
}

export async function benchAdaptive(opts: { quick?: boolean } = {}): Promise<AdaptiveBenchRow[]> {
  await selectBackend('auto');
  const rows: AdaptiveBenchRow[] = [];
  for (const { config, target } of adaptiveConfigs(opts.quick ?? false)) {
    const row = await benchAdaptiveConfig(config);
    rows.push(target ? row : { ...row, targetMet: null });
  }
  return rows;
}

if (require.main === module) {
  benchAdaptive({ quick: process.argv.includes('--quick') })
    .then((rows) => console.log(JSON.stringify(rows, null, 2)))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
