import {
  SEARCH_DEFAULTS,
  initialSearchPoints,
  searchRoundZero,
  type SearchSpec,
} from '@thresher/sweep';
import { fitThreshold, type ThresholdFitResult, type ThresholdPoint } from './threshold-fit';

/** One trial that a search created for a group. */
export interface SearchTrial {
  n: number;
  seed: number;
  /** Round that proposed it (0: the initial log grid). */
  round: number;
  /** interp_ratio once done; null while pending or running; NaN when it failed. */
  y: number | null;
}

/** What a group's search has so far: its seeds and every trial created for it. */
export interface SearchGroupState {
  key: string;
  /** Seeds of the group: every proposed n is trained on each (the bootstrap resamples seeds). */
  seeds: readonly number[];
  trials: readonly SearchTrial[];
}

/**
 * searching: trials are pending or new ones were proposed; threshold: the 95% interval spans at
 * most target_ci; no-threshold: the range's ends bracket no crossing (all ratios on one side);
 * budget: max_trials, max_rounds or the integer resolution of n is spent (best interval kept).
 */
export type SearchVerdict = 'searching' | 'threshold' | 'no-threshold' | 'budget' | 'still-moving';

export const SEARCH_VERDICT_TEXT: Record<SearchVerdict, string> = {
  searching: 'searching',
  threshold: 'threshold found (interval within target_ci)',
  'no-threshold': 'no threshold in the range',
  budget: 'budget spent (best interval reached)',
  'still-moving':
    'n* still moving over training: the step budget, not the n searched, limits this threshold',
};

export interface SearchGroupPlan {
  key: string;
  verdict: SearchVerdict;
  /** Why the verdict (one line, for the report and logs). */
  reason: string;
  /** Fit over the group's finished trials (null before any finished). */
  fit: ThresholdFitResult | null;
  /** hi / lo of the fit's interval, null without one. */
  ciFactor: number | null;
  /** New n values (each trained on every seed of the group), ascending. */
  propose: number[];
  /** Round the proposals belong to. */
  round: number;
}

export interface SearchProposal {
  key: string;
  n: number;
  seed: number;
  round: number;
}

export interface SearchPlan {
  groups: SearchGroupPlan[];
  /** The trials to create now: the proposals of every group, times its seeds. */
  trials: SearchProposal[];
  /** The rounds this plan opens: record them with their trials, so replays size them alike. */
  newRounds: OpenedRound[];
  /** True when every group has a final verdict. */
  finished: boolean;
}

/** A round as it was opened: how many n it proposed, and the free slots it was sized to. */
export interface OpenedRound {
  key: string;
  round: number;
  points: number;
  /** null when its size did not depend on the free slots. */
  freeSlots: number | null;
}

export interface SearchPlanOptions {
  /**
   * Rounds already opened (their trials created): each is proposed again with the size it had,
   * whatever the free slots are now, so a replay meets exactly the trials it created.
   */
  opened?: readonly Omit<OpenedRound, 'freeSlots'>[];
  /**
   * Training slots free now (no bundle, nothing pending for them). A refining round not yet
   * opened gets one n per free slot, shared by the groups opening one now, 3 to 8 each (a slot
   * trains one n's seeds as one bundle). Unset, or with points_per_round in the sweep, every
   * round has points_per_round n (default 3).
   */
  freeSlots?: number;
  /** Bootstrap resamples of each fit (default 1000, as the report). */
  resamples?: number;
  /**
   * Fits by group and finished trials, for a caller that replays the same search often (the
   * coordinator after each completion): a replay then fits only the rounds that just ended.
   */
  fitCache?: Map<string, ThresholdFitResult>;
}

/** Bounds of a round sized to the free slots: enough n to refit the band, not a dense grid. */
export const ROUND_POINTS = { min: SEARCH_DEFAULTS.pointsPerRound, max: 8 } as const;

/**
 * Proposes the next round of a threshold search (SPEC section 5): a pure function of the
 * trials so far, the sizes of the rounds already opened and the free slots, so a restarted
 * coordinator proposes the same n for every opened round, and proposals never repeat an n (a
 * trial's identity is its parameters: nothing is trained twice).
 *
 * Per group: round 0 is the lower half of a coarse log grid over [from, to] on every seed; its
 * upper points, the costliest trials, are added one per round only while no crossing of 1/2 has
 * been seen (so a threshold in the lower range never pays for n = to). A group waits until
 * its round is finished, then the logistic fit with its seed bootstrap (the report's) gives n*
 * and a 95% interval; the next round places n across the fitted transition band (where the curve
 * is between 0.1 and 0.9), one at a time, each as far in ln n from the sampled n as its cost
 * allows: points over the whole band narrow a seed-bootstrap interval more than points packed
 * around n*. How many: one per free slot (shared by the groups opening a round now, 3 to 8),
 * or points_per_round when the sweep sets it. Seed noise is handled by training every n on every
 * seed, so the bootstrap over seeds stays balanced. Cost grows with n: the choice discounts
 * costly n, a round cut short by the budget keeps its first choices, and no n is ever proposed
 * outside the band, so the large-n plateau, once seen in round 0, costs nothing more.
 */
export function planSearch(
  search: SearchSpec,
  groups: readonly SearchGroupState[],
  options: SearchPlanOptions = {},
): SearchPlan {
  const ordered = [...groups].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let created = 0;
  for (const g of ordered) created += g.trials.length;
  const opened = new Map<string, number>();
  for (const r of options.opened ?? []) opened.set(`${r.round}/${r.key}`, r.points);
  // A size from the free slots only where the sweep leaves it open.
  const freeSlots = search.pointsPerRound === undefined ? options.freeSlots : undefined;
  const fit = cachedFit(options.resamples ?? 1000, options.fitCache);
  const plans = ordered.map((g) => {
    const plan = planGroup(search, g, fit, (round) => opened.get(`${round}/${g.key}`), freeSlots);
    return { ...plan, seeds: g.seeds.length };
  });

  // Rounds opened now, sized to the free slots: the same number of n for each group.
  const sized = plans.filter((p) => p.sizing === 'free-slots' && p.propose.length > 0);
  if (freeSlots !== undefined && sized.length > 0) {
    const perGroup = Math.ceil(Math.max(0, freeSlots) / sized.length);
    const points = Math.min(ROUND_POINTS.max, Math.max(ROUND_POINTS.min, perGroup));
    for (const p of sized) p.propose = p.propose.slice(0, points);
  }
  // max_trials over the whole sweep, for rounds opened now: groups in key order, each keeping
  // the first of its proposals (the most informative per cost). Opened rounds stay as they were.
  if (search.maxTrials !== undefined) {
    let left = search.maxTrials - created;
    for (const p of plans) {
      if (p.propose.length === 0 || p.sizing === 'opened') continue;
      const fits = Math.max(0, Math.floor(left / p.seeds));
      if (fits < p.propose.length) p.propose = p.propose.slice(0, fits);
      left -= p.propose.length * p.seeds;
      if (p.propose.length === 0) {
        p.verdict = 'budget';
        p.reason = `max_trials (${search.maxTrials}) spent`;
      }
    }
  }
  const trials: SearchProposal[] = [];
  const newRounds: OpenedRound[] = [];
  const out: SearchGroupPlan[] = [];
  for (const [i, { sizing, seeds: _seeds, ...p }] of plans.entries()) {
    const group = ordered[i] as SearchGroupState;
    p.propose = [...p.propose].sort((a, b) => a - b);
    out.push(p);
    if (p.propose.length === 0) continue;
    for (const n of p.propose) {
      for (const seed of group.seeds) trials.push({ key: p.key, n, seed, round: p.round });
    }
    if (sizing !== 'opened' && p.round > 0) {
      newRounds.push({
        key: p.key,
        round: p.round,
        points: p.propose.length,
        freeSlots: sizing === 'free-slots' ? Math.max(0, freeSlots ?? 0) : null,
      });
    }
  }
  return {
    groups: out,
    trials,
    newRounds,
    finished: out.every((p) => p.verdict !== 'searching'),
  };
}

/** Fits one group's points, through the cache when there is one. */
type GroupFit = (key: string, points: readonly ThresholdPoint[]) => ThresholdFitResult;

function cachedFit(resamples: number, cache?: Map<string, ThresholdFitResult>): GroupFit {
  return (key, points) => {
    if (!cache) return fitThreshold(points, { resamples, rngSeed: 1 });
    let id = `${resamples}|${key}|`;
    for (const p of points) id += `${p.n},${p.seed},${p.y};`;
    let fit = cache.get(id);
    if (!fit) {
      fit = fitThreshold(points, { resamples, rngSeed: 1 });
      cache.set(id, fit);
    }
    return fit;
  };
}

/**
 * How a group's proposals were sized: `opened`, the round exists (its recorded size, or round 0
 * and climbing rounds, which are fixed); `free-slots`, a refining round sized now to the free
 * slots; `fixed`, a new round of points_per_round (or a climbing step).
 */
type Sizing = 'opened' | 'free-slots' | 'fixed';

function planGroup(
  search: SearchSpec,
  group: SearchGroupState,
  fitGroup: GroupFit,
  openedSize: (round: number) => number | undefined,
  freeSlots: number | undefined,
): SearchGroupPlan & { sizing: Sizing } {
  const base = { key: group.key, fit: null, ciFactor: null, propose: [] as number[] };
  const coarse = initialSearchPoints(search);
  if (group.trials.length === 0) {
    return {
      ...base,
      verdict: 'searching',
      reason: 'round 0: the lower points of a coarse log grid',
      propose: searchRoundZero(search),
      round: 0,
      sizing: 'opened',
    };
  }
  const lastRound = Math.max(...group.trials.map((t) => t.round));
  const idle = { sizing: 'opened' as Sizing, round: lastRound };
  if (group.trials.some((t) => t.y === null)) {
    return { ...base, ...idle, verdict: 'searching', reason: `round ${lastRound} running` };
  }
  const points: ThresholdPoint[] = [];
  for (const t of group.trials) {
    if (t.y !== null && Number.isFinite(t.y)) points.push({ n: t.n, seed: t.seed, y: t.y });
  }
  const fit = fitGroup(group.key, points);
  const ci = fit.ci;
  const ciFactor = ci ? ci[1] / ci[0] : null;
  const done = { ...base, ...idle, fit, ciFactor };
  const largest = Math.max(...group.trials.map((t) => t.n));
  const round = lastRound + 1;
  const recorded = openedSize(round);
  if (fit.verdict === 'interpolates-everywhere' && largest < search.to) {
    // No crossing yet: climb the coarse grid one point at a time, the costliest n last.
    const next = coarse.find((n) => n > largest) ?? search.to;
    if (lastRound >= search.maxRounds) {
      return { ...done, verdict: 'budget', reason: `max_rounds (${search.maxRounds}) spent` };
    }
    return {
      ...done,
      verdict: 'searching',
      reason: `no crossing below ${largest}: extending the range upwards`,
      propose: [next],
      round,
      sizing: recorded === undefined ? 'fixed' : 'opened',
    };
  }
  if (fit.verdict === 'interpolates-everywhere' || fit.verdict === 'never-interpolates') {
    return { ...done, verdict: 'no-threshold', reason: fit.verdict };
  }
  if (fit.verdict === 'too-few-points') {
    return { ...done, verdict: 'budget', reason: 'too few finished trials (failures)' };
  }
  // At least as many n as the coarse grid: an interval from round 0's three n alone rests on a
  // slope that nothing between them pins down.
  if (
    ci &&
    ciFactor !== null &&
    ciFactor <= search.targetCi &&
    fit.distinctN >= search.initialPoints
  ) {
    return {
      ...done,
      verdict: 'threshold',
      reason: `interval spans ${ciFactor.toFixed(2)}x <= ${search.targetCi}x`,
    };
  }
  if (lastRound >= search.maxRounds) {
    return { ...done, verdict: 'budget', reason: `max_rounds (${search.maxRounds}) spent` };
  }
  if (
    ciFactor !== null &&
    lastRound >= 1 + STALL_PATIENCE &&
    stalled(group, lastRound, ciFactor, fitGroup)
  ) {
    // The bootstrap resamples seeds: once n is dense near n*, the spread of the seeds' own
    // thresholds sets the interval, and more n only spend compute.
    return {
      ...done,
      verdict: 'budget',
      reason: `the last ${STALL_PATIENCE} rounds did not narrow the interval (seed noise: add seeds)`,
    };
  }
  const sizing: Sizing =
    recorded !== undefined ? 'opened' : freeSlots !== undefined ? 'free-slots' : 'fixed';
  const wanted =
    recorded ??
    (sizing === 'free-slots'
      ? ROUND_POINTS.max
      : (search.pointsPerRound ?? SEARCH_DEFAULTS.pointsPerRound));
  const propose = proposeInside(search, fit, group.trials, wanted);
  if (propose.length === 0) {
    return {
      ...done,
      verdict: 'budget',
      reason: 'no untried integer n left in the transition band',
    };
  }
  return {
    ...done,
    verdict: 'searching',
    reason: `refining ${ci ? `[${ci[0].toFixed(1)}, ${ci[1].toFixed(1)}]` : 'around n*'}`,
    propose,
    round,
    sizing,
  };
}

/**
 * Refining rounds in a row that may fail to narrow the interval before the search stops: one
 * round's new n can leave a bootstrap interval as wide as before while the next ones pin it.
 */
const STALL_PATIENCE = 3;

/**
 * True when the interval without the last STALL_PATIENCE rounds was at most 10% wider (in
 * ln hi/lo).
 */
function stalled(
  group: SearchGroupState,
  lastRound: number,
  ciFactor: number,
  fitGroup: GroupFit,
): boolean {
  const before: ThresholdPoint[] = [];
  for (const t of group.trials) {
    if (t.round <= lastRound - STALL_PATIENCE && t.y !== null && Number.isFinite(t.y))
      before.push({ n: t.n, seed: t.seed, y: t.y });
  }
  const ci = fitGroup(group.key, before).ci;
  return ci !== null && Math.log(ci[1] / ci[0]) < 1.1 * Math.log(ciFactor);
}

/** The transition band runs where the fitted curve is between 1 - Q and Q. */
const BAND_LEVEL = 0.9;
/**
 * How strongly cost steers the choice: a candidate's gap to the sampled n is divided by
 * (n / n*)^COST_EXPONENT, so an n above n* must leave a wider gap to be worth its price.
 */
const COST_EXPONENT = 0.5;

/**
 * Up to `pointsPerRound` untried n spread over the transition band (where the fitted curve is
 * between 0.1 and 0.9, clipped to the range): each next n is the one farthest in ln n from every
 * sampled n, discounted by its cost. Points across the whole band pin the curve's shape, so one
 * seed's deviation near n* moves the pooled fit less than with points packed inside the interval.
 */
function proposeInside(
  search: SearchSpec,
  fit: ThresholdFitResult,
  trials: readonly SearchTrial[],
  wanted: number,
): number[] {
  const nStar = fit.nStar as number;
  const k = Math.max(fit.k ?? 0, 1e-6);
  const half = Math.log(BAND_LEVEL / (1 - BAND_LEVEL)) / k;
  const lo = Math.max(search.from, nStar * Math.exp(-half));
  const hi = Math.min(search.to, nStar * Math.exp(half));
  const tried = new Set(trials.map((t) => t.n));
  const anchors = [...tried].map(Math.log);
  const candidates: number[] = [];
  // Integers across the band; a very wide band is thinned to a log grid of 512 candidates.
  const first = Math.ceil(lo);
  const last = Math.floor(hi);
  if (last - first <= 512) {
    for (let n = first; n <= last; n++) if (!tried.has(n)) candidates.push(n);
  } else {
    const seen = new Set<number>();
    for (let i = 0; i <= 512; i++) {
      const n = Math.round(
        Math.exp(Math.log(first) + (i / 512) * (Math.log(last) - Math.log(first))),
      );
      if (!tried.has(n) && !seen.has(n)) {
        seen.add(n);
        candidates.push(n);
      }
    }
  }
  const out: number[] = [];
  for (let i = 0; i < wanted; i++) {
    let best: number | null = null;
    let bestScore = -1;
    for (const n of candidates) {
      if (out.includes(n)) continue;
      const ln = Math.log(n);
      let gap = Infinity;
      for (const a of anchors) gap = Math.min(gap, Math.abs(ln - a));
      const score = gap / Math.pow(n / nStar, COST_EXPONENT);
      // Ascending candidates and a strict comparison: ties go to the cheaper n.
      if (score > bestScore + 1e-12) {
        bestScore = score;
        best = n;
      }
    }
    if (best === null) break;
    out.push(best);
    anchors.push(Math.log(best));
  }
  // In the order chosen: a round cut short keeps its first, most informative n.
  return out;
}

/** A group's trials as a store holds them: no round, y null while not finished. */
export interface StoredSearchGroup {
  key: string;
  seeds: readonly number[];
  trials: readonly Omit<SearchTrial, 'round'>[];
}

export interface SearchReplay {
  /** The groups with the stored trials each round proposed (trials no round asked for are left out). */
  groups: SearchGroupState[];
  /** The plan now: its `trials` are those to create (none while a round is running). */
  plan: SearchPlan;
}

/**
 * Replays a search over the stored trials: round 0 is planned, its trials taken from the store,
 * the next round planned from them, and so on until a round's trials are not all stored. Since
 * planSearch is pure and each opened round keeps its recorded size (`opened`), this recovers
 * which round proposed each n and what to create next from the stored results and round sizes
 * alone: a restarted coordinator (or a report) reaches the same state. The free slots size only
 * the rounds not yet opened, which the returned plan's `newRounds` lists.
 */
export function replaySearch(
  search: SearchSpec,
  stored: readonly StoredSearchGroup[],
  options: SearchPlanOptions = {},
): SearchReplay {
  const states = stored.map((g) => ({ key: g.key, seeds: g.seeds, trials: [] as SearchTrial[] }));
  const byKey = new Map(
    stored.map((g) => [g.key, new Map(g.trials.map((t) => [`${t.n}/${t.seed}`, t.y]))]),
  );
  for (;;) {
    const plan = planSearch(search, states, options);
    const missing: SearchProposal[] = [];
    let advanced = false;
    for (const g of plan.groups) {
      if (g.propose.length === 0) continue;
      const have = byKey.get(g.key) as Map<string, number | null>;
      const state = states.find((s) => s.key === g.key) as (typeof states)[number];
      const wanted = plan.trials.filter((t) => t.key === g.key);
      if (wanted.every((t) => have.has(`${t.n}/${t.seed}`))) {
        for (const t of wanted) {
          state.trials.push({
            n: t.n,
            seed: t.seed,
            round: t.round,
            y: have.get(`${t.n}/${t.seed}`) ?? null,
          });
        }
        advanced = true;
      } else {
        missing.push(...wanted.filter((t) => !have.has(`${t.n}/${t.seed}`)));
      }
    }
    if (!advanced) return { groups: states, plan: { ...plan, trials: missing } };
  }
}
