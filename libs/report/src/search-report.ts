import {
  expandSearchGroups,
  searchTrialParams,
  trialId,
  trialFlops,
  type SearchSweep,
} from '@thresher/sweep';
import type { ReportModel } from './report-model';
import type { ReportRow } from './report-row';
import {
  SEARCH_VERDICT_TEXT,
  replaySearch,
  type OpenedRound,
  type SearchVerdict,
  type StoredSearchGroup,
} from './threshold-search';

/** How a searched sweep (SPEC section 5) went, per group: in every report format. */
export interface SearchReport {
  range: { from: number; to: number };
  targetCi: number;
  maxTrials: number | null;
  groups: SearchGroupReport[];
}

export interface SearchGroupReport {
  /** Label of the matching report group ("width=64"); "" with one group. */
  label: string;
  verdict: SearchVerdict;
  verdictText: string;
  reason: string;
  /** hi / lo of the interval the search stopped at. */
  ciFactor: number | null;
  /**
   * The n each round proposed, in round order, with the free slots a round was sized to (null
   * for round 0, climbing steps and rounds of a fixed points_per_round).
   */
  rounds: { round: number; n: number[]; freeSlots: number | null }[];
  trials: number;
  /** Estimated flops of the group's trials (libs/sweep trial-cost.ts). */
  gflop: number;
}

/**
 * The stored trials of each group of a searched sweep, found by their identity (the hash of
 * their parameters), so that a row is matched to its group however the store spells values.
 * A failed or cancelled trial counts as finished without a ratio (it is never retrained).
 */
export function storedSearchGroups(
  sweep: SearchSweep,
  rows: readonly ReportRow[],
): StoredSearchGroup[] {
  const byId = new Map(rows.map((r) => [r.trial_id, r]));
  const ns = [...new Set(rows.map((r) => r.n))];
  return expandSearchGroups(sweep).map((g) => {
    const trials: StoredSearchGroup['trials'][number][] = [];
    for (const n of ns) {
      for (const seed of g.seeds) {
        const row = byId.get(trialId(searchTrialParams(g, n, seed)));
        if (!row) continue;
        const ratio = row.interp_ratio;
        const y =
          row.status === 'done'
            ? typeof ratio === 'number'
              ? ratio
              : Number.NaN
            : row.status === 'failed' || row.status === 'cancelled'
              ? Number.NaN
              : null;
        trials.push({ n, seed, y });
      }
    }
    return { key: g.key, seeds: g.seeds, trials };
  });
}

/**
 * Replays the search over the sweep's rows and its opened rounds (see replaySearch) and names
 * each group's verdict.
 */
export function buildSearchReport(
  sweep: SearchSweep,
  rows: readonly ReportRow[],
  opened: readonly OpenedRound[],
  model: Pick<ReportModel, 'groups' | 'varyingParams'>,
): SearchReport {
  const groups = expandSearchGroups(sweep);
  const { groups: states, plan } = replaySearch(sweep.search, storedSearchGroups(sweep, rows), {
    opened,
  });
  const freeSlotsOf = new Map(opened.map((r) => [`${r.round}/${r.key}`, r.freeSlots]));
  return {
    range: { from: sweep.search.from, to: sweep.search.to },
    targetCi: sweep.search.targetCi,
    maxTrials: sweep.search.maxTrials ?? null,
    groups: groups.map((g, i) => {
      const state = states[i];
      const p = plan.groups.find((x) => x.key === g.key);
      const match = model.groups.find((mg) =>
        model.varyingParams.every(
          (name) => mg.params[name] === g.base[name as keyof typeof g.base],
        ),
      );
      const byRound = new Map<number, Set<number>>();
      let flops = 0;
      for (const t of state?.trials ?? []) {
        const set = byRound.get(t.round) ?? new Set<number>();
        set.add(t.n);
        byRound.set(t.round, set);
        flops += trialFlops(searchTrialParams(g, t.n, t.seed));
      }
      // A search that ended on a threshold whose n*(t) is still moving ends with that verdict:
      // more n would not help, more steps might (docs/science.md#the-training-budget).
      const budget = match?.overTime?.budget;
      const moving =
        budget?.verdict === 'still-moving' &&
        (p?.verdict === 'threshold' || p?.verdict === 'budget');
      const verdict: SearchVerdict = moving ? 'still-moving' : (p?.verdict ?? 'searching');
      return {
        label: match?.label ?? '',
        verdict,
        verdictText: SEARCH_VERDICT_TEXT[verdict],
        reason: moving ? `${p?.reason ?? ''}; but ${budget.text}` : (p?.reason ?? ''),
        ciFactor: p?.ciFactor ?? null,
        rounds: [...byRound.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([round, ns]) => ({
            round,
            n: [...ns].sort((a, b) => a - b),
            freeSlots: freeSlotsOf.get(`${round}/${g.key}`) ?? null,
          })),
        trials: state?.trials.length ?? 0,
        gflop: flops / 1e9,
      };
    }),
  };
}

/** The search as plain lines (terminal, Markdown list items, HTML list items). */
export function searchLines(search: SearchReport): string[] {
  return search.groups.map((g) => {
    const rounds = g.rounds
      .map((r) => {
        const sized = r.freeSlots === null ? '' : ` (${r.freeSlots} free slots)`;
        return `round ${r.round}${sized}: ${r.n.join(', ')}`;
      })
      .join('; ');
    const factor = g.ciFactor === null ? '' : `, interval ${g.ciFactor.toFixed(2)}x`;
    return `${g.label || 'all trials'}: ${g.verdictText}${factor} (${g.reason}); ${g.trials} trials, ${g.gflop.toFixed(1)} GFLOP; ${rounds}`;
  });
}
