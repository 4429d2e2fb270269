import { describe, expect, it } from 'vitest';
import { validateSearchSweep, type SearchSpec } from '@thresher/sweep';
import { hashString, mulberry32, normalFrom } from './prng';
import { logistic } from './logistic-fitter';
import {
  planSearch,
  replaySearch,
  type OpenedRound,
  type SearchGroupState,
  type SearchTrial,
} from './threshold-search';

const SEARCH: SearchSpec = {
  from: 8,
  to: 4096,
  targetCi: 2,
  initialPoints: 5,
  pointsPerRound: 3,
  maxRounds: 8,
};

/** interp_ratio of a synthetic trial: a logistic in ln n whose n* varies a little by seed. */
function ratio(nStar: number, n: number, seed: number): number {
  const normal = normalFrom(mulberry32(hashString(`${nStar}/${n}/${seed}`)));
  const seedStar = nStar * Math.exp(0.1 * normal());
  return Math.max(0, logistic(Math.log(n), Math.log(seedStar), 4) + 0.03 * normal());
}

/**
 * Runs a search to its end on synthetic trials; returns the groups' states, the rounds it
 * opened and the last plan. `freeSlots(round)`: the free slots when that planning step ran.
 */
function runSearch(
  search: SearchSpec,
  stars: Record<string, number>,
  seeds = [0, 1, 2, 3, 4],
  freeSlots?: (step: number) => number,
) {
  const groups: SearchGroupState[] = Object.keys(stars).map((key) => ({
    key,
    seeds,
    trials: [] as SearchTrial[],
  }));
  const opened: OpenedRound[] = [];
  for (let round = 0; round < 20; round++) {
    const plan = planSearch(search, groups, {
      resamples: 200,
      ...(freeSlots ? { freeSlots: freeSlots(round) } : {}),
    });
    if (plan.finished) return { groups, plan, opened };
    opened.push(...plan.newRounds);
    for (const t of plan.trials) {
      const group = groups.find((g) => g.key === t.key) as SearchGroupState;
      (group.trials as SearchTrial[]).push({
        n: t.n,
        seed: t.seed,
        round: t.round,
        y: ratio(stars[t.key] as number, t.n, t.seed),
      });
    }
  }
  throw new Error('search did not finish in 20 rounds');
}

describe('planSearch', () => {
  it('starts with a coarse log grid on every seed', () => {
    const plan = planSearch(SEARCH, [{ key: 'a', seeds: [0, 1], trials: [] }]);
    expect(plan.groups[0]?.propose).toEqual([8, 38, 181]);
    expect(plan.trials).toHaveLength(6);
    expect(plan.trials.every((t) => t.round === 0)).toBe(true);
  });

  it('finds n* inside its interval, within target_ci, and never repeats an n', () => {
    const { groups, plan } = runSearch(SEARCH, { a: 60, b: 700 });
    for (const [i, star] of [60, 700].entries()) {
      const g = plan.groups[i];
      expect(g?.verdict).toBe('threshold');
      const [lo, hi] = g?.fit?.ci as [number, number];
      expect(lo).toBeLessThanOrEqual(star * 1.3);
      expect(hi).toBeGreaterThanOrEqual(star / 1.3);
      expect(hi / lo).toBeLessThanOrEqual(2);
      const keys = (groups[i]?.trials ?? []).map((t) => `${t.n}/${t.seed}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('gives the same proposals for the same results (a restart resumes)', () => {
    const search = { ...SEARCH, targetCi: 1.01, maxRounds: 2 };
    const { groups } = runSearch(search, { a: 100 });
    const trials = groups[0]?.trials ?? [];
    // Drop the last round, as if the coordinator stopped before any of it was created.
    const lastRound = Math.max(...trials.map((t) => t.round));
    const before = [
      { key: 'a', seeds: [0, 1, 2, 3, 4], trials: trials.filter((t) => t.round < lastRound) },
    ];
    const first = planSearch(search, before, { resamples: 200 });
    const again = planSearch(search, structuredClone(before), { resamples: 200 });
    expect(again).toEqual(first);
    expect(first.trials.map((t) => t.n)).toEqual(
      trials.filter((t) => t.round === lastRound).map((t) => t.n),
    );
  });

  it('spreads a refining round over the transition band, on both sides of n*', () => {
    const seeds = [0, 1, 2, 3, 4];
    const trials: SearchTrial[] = [8, 38, 181].flatMap((n) =>
      seeds.map((seed) => ({ n, seed, round: 0, y: ratio(60, n, seed) })),
    );
    const plan = planSearch(SEARCH, [{ key: 'a', seeds, trials }], { resamples: 200 });
    const g = plan.groups[0];
    const nStar = g?.fit?.nStar as number;
    const k = g?.fit?.k as number;
    const band = [nStar * Math.exp(-Math.log(9) / k), nStar * Math.exp(Math.log(9) / k)];
    expect(g?.propose).toHaveLength(3);
    const propose = g?.propose ?? [];
    expect(propose.some((n) => n < nStar)).toBe(true);
    expect(propose.some((n) => n > nStar)).toBe(true);
    for (const n of propose) {
      expect(n).toBeGreaterThanOrEqual(Math.floor(band[0] as number));
      expect(n).toBeLessThanOrEqual(Math.ceil(band[1] as number));
      expect([8, 38, 181]).not.toContain(n);
    }
  });

  it('waits while a round is running', () => {
    const trials: SearchTrial[] = [8, 38, 181, 861, 4096].map((n) => ({
      n,
      seed: 0,
      round: 0,
      y: null,
    }));
    const plan = planSearch(SEARCH, [{ key: 'a', seeds: [0], trials }]);
    expect(plan.trials).toEqual([]);
    expect(plan.finished).toBe(false);
  });

  it('says no threshold in the range when it lies below or above it', () => {
    const { groups, plan } = runSearch(SEARCH, { low: 2, high: 20_000 });
    expect(plan.groups.map((g) => g.verdict)).toEqual(['no-threshold', 'no-threshold']);
    // Below the range: round 0 was enough, the large n were never trained.
    const high = groups.find((g) => g.key === 'high');
    const low = groups.find((g) => g.key === 'low');
    expect(Math.max(...(low?.trials ?? []).map((t) => t.n))).toBe(181);
    // Above it: the search climbed to the range's top before saying so.
    expect(Math.max(...(high?.trials ?? []).map((t) => t.n))).toBe(4096);
  });

  it('stops at max_trials with the best interval reached', () => {
    const { groups, plan } = runSearch({ ...SEARCH, targetCi: 1.01, maxTrials: 40 }, { a: 100 });
    expect(plan.groups[0]?.verdict).toBe('budget');
    expect(plan.groups[0]?.fit?.ci).not.toBeNull();
    expect(groups[0]?.trials.length).toBeLessThanOrEqual(40);
  });

  it('sizes a new round to the free slots, shared by the groups opening one, 3 to 8 n each', () => {
    const { pointsPerRound: _fixed, ...search } = { ...SEARCH, targetCi: 1.01 };
    const seeds = [0, 1, 2];
    const state = (key: string, star: number): SearchGroupState => ({
      key,
      seeds,
      trials: [8, 38, 181].flatMap((n) =>
        seeds.map((seed) => ({ n, seed, round: 0, y: ratio(star, n, seed) })),
      ),
    });
    const plan = (freeSlots?: number, spec: SearchSpec = search) =>
      planSearch(spec, [state('a', 60), state('b', 100)], {
        resamples: 200,
        ...(freeSlots === undefined ? {} : { freeSlots }),
      });
    const sizes = (p: ReturnType<typeof plan>) => p.groups.map((g) => g.propose.length);
    expect(sizes(plan(0))).toEqual([3, 3]);
    expect(sizes(plan(10))).toEqual([5, 5]);
    expect(sizes(plan(100))).toEqual([8, 8]);
    expect(plan(10).newRounds).toEqual([
      { key: 'a', round: 1, points: 5, freeSlots: 10 },
      { key: 'b', round: 1, points: 5, freeSlots: 10 },
    ]);
    // Without free slots, and whenever the sweep sets points_per_round, that many n.
    expect(sizes(plan())).toEqual([3, 3]);
    const fixed = plan(100, { ...search, pointsPerRound: 4 });
    expect(sizes(fixed)).toEqual([4, 4]);
    expect(fixed.newRounds.map((r) => r.freeSlots)).toEqual([null, null]);
    // A smaller round is a larger one's first choices: the n worth most for their cost.
    for (const i of [0, 1]) {
      expect(plan(100).groups[i]?.propose).toEqual(
        expect.arrayContaining(plan(0).groups[i]?.propose ?? []),
      );
    }
  });

  it('keeps an opened round at its recorded size, whatever the free slots are now', () => {
    const { pointsPerRound: _fixed, ...search } = { ...SEARCH, targetCi: 1.01 };
    const seeds = [0, 1, 2];
    const trials: SearchTrial[] = [8, 38, 181].flatMap((n) =>
      seeds.map((seed) => ({ n, seed, round: 0, y: ratio(100, n, seed) })),
    );
    const opened = [{ key: 'a', round: 1, points: 6 }];
    const now = planSearch(search, [{ key: 'a', seeds, trials }], {
      resamples: 200,
      opened,
      freeSlots: 0,
    });
    expect(now.groups[0]?.propose).toEqual(
      planSearch(search, [{ key: 'a', seeds, trials }], { resamples: 200, freeSlots: 6 }).groups[0]
        ?.propose,
    );
    expect(now.groups[0]?.propose).toHaveLength(6);
    // Opened already: nothing new to record.
    expect(now.newRounds).toEqual([]);
  });
});

describe('replaySearch', () => {
  it('replays rounds sized to changing free slots from the results and the opened rounds', () => {
    const { pointsPerRound: _fixed, ...search } = { ...SEARCH, targetCi: 1.2, maxRounds: 4 };
    // Free slots change from one planning step to the next, as workers come and go.
    const { groups, plan, opened } = runSearch(
      search,
      { a: 60, b: 700 },
      [0, 1, 2, 3, 4],
      (s) => [0, 0, 14, 2, 30, 0, 9][s] ?? 5,
    );
    expect(new Set(opened.map((r) => r.points)).size).toBeGreaterThan(1);
    const stored = groups.map((g) => ({
      key: g.key,
      seeds: g.seeds,
      trials: [...g.trials].reverse().map(({ n, seed, y }) => ({ n, seed, y })),
    }));
    const byRound = (ts: readonly SearchTrial[]) =>
      [...ts].map((t) => `${t.round}:${t.n}/${t.seed}`).sort();
    const replay = replaySearch(search, stored, { resamples: 200, opened, freeSlots: 3 });
    expect(replay.plan.trials).toEqual([]);
    expect(replay.plan.groups.map((g) => g.verdict)).toEqual(plan.groups.map((g) => g.verdict));
    for (const [i, g] of replay.groups.entries()) {
      expect(byRound(g.trials)).toEqual(byRound(groups[i]?.trials ?? []));
    }
    // Without the opened rounds' sizes the same results replay to other rounds.
    const blind = replaySearch(search, stored, { resamples: 200, freeSlots: 3 });
    expect(blind.groups.map((g) => byRound(g.trials))).not.toEqual(
      groups.map((g) => byRound(g.trials)),
    );
  });

  it('refits only what changed when given a fit cache', () => {
    const { groups } = runSearch(SEARCH, { a: 60, b: 700 });
    const stored = groups.map((g) => ({
      key: g.key,
      seeds: g.seeds,
      trials: g.trials.map(({ n, seed, y }) => ({ n, seed, y })),
    }));
    const fitCache = new Map();
    const first = replaySearch(SEARCH, stored, { resamples: 200, fitCache });
    const size = fitCache.size;
    expect(size).toBeGreaterThan(0);
    const again = replaySearch(SEARCH, stored, { resamples: 200, fitCache });
    expect(fitCache.size).toBe(size);
    expect(again).toEqual(first);
    expect(replaySearch(SEARCH, stored, { resamples: 200 })).toEqual(first);
  });

  it('recovers the round of each trial and what to create next from the stored results alone', () => {
    const { groups, plan } = runSearch(SEARCH, { a: 60, b: 700 });
    const stored = groups.map((g) => ({
      key: g.key,
      seeds: g.seeds,
      // A store keeps no rounds, and returns rows in its own order.
      trials: [...g.trials].reverse().map(({ n, seed, y }) => ({ n, seed, y })),
    }));
    const replay = replaySearch(SEARCH, stored, { resamples: 200 });
    expect(replay.plan.trials).toEqual([]);
    expect(replay.plan.groups.map((g) => g.verdict)).toEqual(plan.groups.map((g) => g.verdict));
    for (const [i, g] of replay.groups.entries()) {
      const byRound = (ts: readonly SearchTrial[]) =>
        [...ts].map((t) => `${t.round}:${t.n}/${t.seed}`).sort();
      expect(byRound(g.trials)).toEqual(byRound(groups[i]?.trials ?? []));
    }
  });

  it('after a restart, proposes the round that was not created yet, and waits on a running one', () => {
    const search = { ...SEARCH, targetCi: 1.01, maxRounds: 3 };
    const { groups } = runSearch(search, { a: 100 });
    const trials = groups[0]?.trials ?? [];
    const last = Math.max(...trials.map((t) => t.round));
    const lost = trials.filter((t) => t.round < last);
    const replay = replaySearch(search, [{ key: 'a', seeds: [0, 1, 2, 3, 4], trials: lost }], {
      resamples: 200,
    });
    expect(replay.plan.trials.map((t) => `${t.n}/${t.seed}`)).toEqual(
      trials.filter((t) => t.round === last).map((t) => `${t.n}/${t.seed}`),
    );
    const running = [
      ...lost,
      ...trials.filter((t) => t.round === last).map((t) => ({ ...t, y: null })),
    ];
    const waiting = replaySearch(search, [{ key: 'a', seeds: [0, 1, 2, 3, 4], trials: running }], {
      resamples: 200,
    });
    expect(waiting.plan.trials).toEqual([]);
    expect(waiting.plan.finished).toBe(false);
  });
});

describe('validateSearchSweep', () => {
  it('reads the search block and leaves n out of the spec', () => {
    const { spec, search } = validateSearchSweep({
      name: 's',
      grid: { width: [64, 256], seed: { range: [0, 4] } },
      search: { n: { from: 8, to: 4096, target_ci: 2, max_trials: 400 } },
      fixed: { steps: 1000 },
    });
    expect(spec.fixed).toEqual({ steps: 1000 });
    expect(search).toMatchObject({ from: 8, to: 4096, targetCi: 2, maxTrials: 400 });
  });

  it('refuses n in the grid and a bad range, naming the fields', () => {
    expect(() =>
      validateSearchSweep({
        name: 's',
        grid: { n: [8], width: [64] },
        search: { n: { from: 100, to: 10, target_ci: 2 } },
      }),
    ).toThrow(/grid\.n[\s\S]*search\.n\.to/);
  });
});
