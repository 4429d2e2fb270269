import { z } from 'zod';
import { SweepValidationError, type SweepIssue } from './errors';
import { paramValueIssue, type ParamName, type ParamValue, type TrialParams } from './param-schema';
import { completeParams, expandSweep } from './expand-sweep';
import { canonicalParamsJson } from './trial-identity';
import { validateSweepSpec, type SweepSpec, type SweepValidationOptions } from './sweep-spec';

/** The `search.n` block of a sweep file (SPEC section 5), with the implementation's knobs. */
export interface SearchSpec {
  /** Smallest and largest n searched (both included). */
  from: number;
  to: number;
  /** A group is finished once its 95% interval spans at most this factor (hi / lo). */
  targetCi: number;
  /** Most trials the search may create over the whole sweep. */
  maxTrials?: number;
  /** n values of round 0, log-spaced over [from, to] (default 5). */
  initialPoints: number;
  /**
   * Most new n values per group and round. Unset in a file: the coordinator sets it at
   * submission from the workers' slots (3 to 8), and stores it with the sweep.
   */
  pointsPerRound?: number;
  /** Rounds after round 0 before a group is declared `budget` (default 8). */
  maxRounds: number;
}

/** A validated searched sweep: `spec` holds every parameter but n. */
export interface SearchSweep {
  spec: SweepSpec;
  search: SearchSpec;
}

export const SEARCH_DEFAULTS = { initialPoints: 5, pointsPerRound: 3, maxRounds: 8 } as const;

const searchN = z.strictObject({
  from: z.number().int().min(1),
  to: z.number().int().min(1),
  target_ci: z.number().finite().gt(1),
  max_trials: z.number().int().min(1).optional(),
  initial_points: z.number().int().min(3).max(64).optional(),
  points_per_round: z.number().int().min(1).max(64).optional(),
  max_rounds: z.number().int().min(1).max(100).optional(),
});

/** True when a parsed sweep file has a `search` block. */
export function isSearchSweep(raw: unknown): boolean {
  return raw !== null && typeof raw === 'object' && Object.hasOwn(raw, 'search');
}

/**
 * Validates a sweep file with `search: { n: {...} }`. The rest of the file is validated as a
 * grid sweep whose n is the range's top (the combination rules grow with n, so checking the
 * largest n checks all); the returned spec has no n.
 */
export function validateSearchSweep(
  raw: unknown,
  source?: string,
  options: SweepValidationOptions = {},
): SearchSweep {
  if (!isSearchSweep(raw)) {
    throw new SweepValidationError(
      [{ path: 'search', message: 'expected a search block' }],
      source,
    );
  }
  const { search: rawSearch, ...rest } = raw as Record<string, unknown>;
  const issues: SweepIssue[] = [];
  const block =
    rawSearch !== null && typeof rawSearch === 'object'
      ? (rawSearch as Record<string, unknown>)
      : {};
  const extra = Object.keys(block).filter((k) => k !== 'n');
  if (extra.length > 0 || !Object.hasOwn(block, 'n')) {
    issues.push({
      path: 'search',
      message: 'expected search: { n: { from, to, target_ci, max_trials } } (only n is searched)',
    });
  }
  const parsed = searchN.safeParse(block['n']);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({
        path: ['search', 'n', ...issue.path.map(String)].join('.'),
        message: issue.message,
      });
    }
  }
  const grid = (rest['grid'] ?? {}) as Record<string, unknown>;
  const fixed = (rest['fixed'] ?? {}) as Record<string, unknown>;
  for (const where of ['grid', 'fixed'] as const) {
    if ((where === 'grid' ? grid : fixed) && Object.hasOwn(where === 'grid' ? grid : fixed, 'n')) {
      issues.push({ path: `${where}.n`, message: 'n is searched: remove it from grid and fixed' });
    }
  }
  if (parsed.success) {
    const { from, to } = parsed.data;
    if (to <= from)
      issues.push({ path: 'search.n.to', message: `to (${to}) must exceed from (${from})` });
    for (const [key, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      const reason = paramValueIssue('n', value);
      if (reason) issues.push({ path: `search.n.${key}`, message: reason });
    }
  }
  if (issues.length > 0 || !parsed.success) throw new SweepValidationError(issues, source);
  const n = parsed.data;
  const withN = { ...rest, fixed: { ...fixed, n: n.to } };
  const full = validateSweepSpec(withN, source, options);
  const { n: _n, ...fixedWithoutN } = full.fixed;
  const search: SearchSpec = {
    from: n.from,
    to: n.to,
    targetCi: n.target_ci,
    ...(n.max_trials === undefined ? {} : { maxTrials: n.max_trials }),
    initialPoints: n.initial_points ?? SEARCH_DEFAULTS.initialPoints,
    ...(n.points_per_round === undefined ? {} : { pointsPerRound: n.points_per_round }),
    maxRounds: n.max_rounds ?? SEARCH_DEFAULTS.maxRounds,
  };
  return { spec: { ...full, fixed: fixedWithoutN }, search };
}

/** Round 0 of a search: `points` n values log-spaced over [from, to], snapped to integers. */
export function initialSearchPoints(
  search: Pick<SearchSpec, 'from' | 'to' | 'initialPoints'>,
): number[] {
  const { from, to, initialPoints: k } = search;
  const out = new Set<number>();
  for (let i = 0; i < k; i++) {
    const t = k === 1 ? 0 : i / (k - 1);
    out.add(Math.round(Math.exp(Math.log(from) + t * (Math.log(to) - Math.log(from)))));
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * Round 0 of a search as the coordinator creates it: the lower points of the coarse grid (at
 * least 3, for a fit). The upper ones, the costliest trials, come later and only if needed.
 */
export function searchRoundZero(
  search: Pick<SearchSpec, 'from' | 'to' | 'initialPoints'>,
): number[] {
  const coarse = initialSearchPoints(search);
  return coarse.slice(0, Math.min(coarse.length, Math.max(3, Math.ceil(coarse.length / 2))));
}

/** One group of a searched sweep: every parameter but n and seed, and its seeds. */
export interface SearchGroup {
  /** Canonical parameters of the group (n and seed at placeholders): stable across processes. */
  key: string;
  base: Partial<Record<ParamName, ParamValue>>;
  seeds: number[];
}

/** The groups of a searched sweep, in grid order. */
export function expandSearchGroups(sweep: SearchSweep): SearchGroup[] {
  const withN = { ...sweep.spec, fixed: { ...sweep.spec.fixed, n: sweep.search.from } };
  const groups = new Map<string, SearchGroup>();
  for (const params of expandSweep(withN)) {
    const { n: _n, seed, ...base } = params;
    const key = canonicalParamsJson({ ...params, n: 0, seed: 0 });
    const group = groups.get(key);
    if (group) group.seeds.push(seed);
    else groups.set(key, { key, base, seeds: [seed] });
  }
  return [...groups.values()];
}

/** The complete parameters of one trial of a group. */
export function searchTrialParams(group: SearchGroup, n: number, seed: number): TrialParams {
  return completeParams({ ...group.base, n, seed });
}

/** The sweep as a file would write it (what the CLI sends and the store keeps). */
export function searchSweepJson(
  sweep: SearchSweep,
): SweepSpec & { search: { n: Record<string, number> } } {
  const { search } = sweep;
  return {
    ...sweep.spec,
    search: {
      n: {
        from: search.from,
        to: search.to,
        target_ci: search.targetCi,
        ...(search.maxTrials === undefined ? {} : { max_trials: search.maxTrials }),
        initial_points: search.initialPoints,
        ...(search.pointsPerRound === undefined ? {} : { points_per_round: search.pointsPerRound }),
        max_rounds: search.maxRounds,
      },
    },
  };
}

/** The trials a searched sweep creates first (`thresher plan` shows these). */
export function searchRoundZeroTrials(sweep: SearchSweep): TrialParams[] {
  const round0 = searchRoundZero(sweep.search);
  return expandSearchGroups(sweep).flatMap((g) =>
    round0.flatMap((n) => g.seeds.map((seed) => searchTrialParams(g, n, seed))),
  );
}
