import { describe, expect, it } from 'vitest';
import {
  expandSearchGroups,
  searchTrialParams,
  trialId,
  validateSearchSweep,
} from '@thresher/sweep';
import { buildReport } from './build-report';
import { logistic } from './logistic-fitter';
import { hashString, mulberry32, normalFrom } from './prng';
import type { ReportRow } from './report-row';
import { syntheticCurves } from './test-support/synthetic-curves';
import {
  planSearch,
  type OpenedRound,
  type SearchGroupState,
  type SearchTrial,
} from './threshold-search';

const N_STAR = 90;

/** Runs a search of one group on synthetic ratios; returns the sweep, its rows and its rounds. */
function searchedSweep() {
  const sweep = validateSearchSweep({
    name: 'searched',
    grid: { width: [64], seed: { range: [0, 4] } },
    search: { n: { from: 8, to: 1024, target_ci: 2 } },
    fixed: { steps: 2000, record_every: 100 },
  });
  const [group] = expandSearchGroups(sweep);
  if (!group) throw new Error('no group');
  const state: SearchGroupState = { key: group.key, seeds: group.seeds, trials: [] };
  const opened: OpenedRound[] = [];
  for (let step = 0; step < 20; step++) {
    const plan = planSearch(sweep.search, [state], { resamples: 200 });
    if (plan.finished) break;
    opened.push(...plan.newRounds);
    for (const t of plan.trials) {
      const normal = normalFrom(mulberry32(hashString(`${t.n}/${t.seed}`)));
      const y = Math.max(0, logistic(Math.log(t.n), Math.log(N_STAR), 3) + 0.03 * normal());
      (state.trials as SearchTrial[]).push({ n: t.n, seed: t.seed, round: t.round, y });
    }
  }
  const rows: ReportRow[] = state.trials.map((t) => {
    const params = searchTrialParams(group, t.n, t.seed);
    return {
      ...params,
      trial_id: trialId(params),
      status: 'done',
      ols_train_loss: 0.1,
      train_loss: (t.y as number) * 0.1,
      interp_ratio: t.y,
      converged: true,
    };
  });
  return { sweep, rows, opened };
}

describe('a searched sweep and n*(t)', () => {
  it('ends "still moving", not "threshold found", when n*(t) drifts over the last half', () => {
    const { sweep, rows, opened } = searchedSweep();
    const search = { sweep, rounds: opened };
    const curves = (drift: number) => syntheticCurves(rows, { nStar: () => N_STAR, drift });

    const still = buildReport({
      sweep: 's',
      rows,
      search,
      trainCurves: curves(0),
      bootstrapResamples: 200,
    });
    expect(still.search?.groups[0]?.verdict).toBe('threshold');
    expect(still.groups[0]?.overTime?.budget?.verdict).toBe('settled');

    const moving = buildReport({
      sweep: 's',
      rows,
      search,
      trainCurves: curves(1),
      bootstrapResamples: 200,
    });
    const g = moving.search?.groups[0];
    expect(moving.groups[0]?.overTime?.budget?.verdict).toBe('still-moving');
    expect(g?.verdict).toBe('still-moving');
    expect(g?.verdictText).toMatch(/^n\* still moving over training/);
    // Why the search stopped, then why that is not the end of it.
    expect(g?.reason).toMatch(
      /^interval spans .*x <= 2x; but n\* rose from .* at step 1 000 to .* at step 2 000/,
    );
  });
});
