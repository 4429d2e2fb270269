import {
  replaySearch,
  storedSearchGroups,
  type OpenedRound,
  type SearchPlan,
  type ThresholdFitResult,
} from '@thresher/report';
import { SearchRoundTakenError, type SearchRound, type Store } from '@thresher/store';
import {
  type SearchSweep,
  type TrialParams,
  expandSearchGroups,
  isSearchSweep,
  searchTrialParams,
  validateSearchSweep,
} from '@thresher/sweep';

/** Store writes after which a search may have a finished round. */
const ROUND_ENDS = new Set<string>(['completeAttempt', 'completeAttempts', 'failAttempt']);

/** Tries at opening a round that another coordinator keeps opening first. */
const OPEN_TRIES = 3;

export interface SearchDriverHooks {
  log: (line: string) => void;
  /** Stores a round's trials and the rounds they open (the scheduler's addSweepTrials). */
  addRound: (
    name: string,
    spec: unknown,
    params: readonly TrialParams[],
    rounds: SearchRound[],
  ) => Promise<unknown>;
  /** Training slots that would sit idle now (the scheduler's freeSlots). */
  freeSlots: () => Promise<number>;
}

/**
 * Drives searched sweeps (SPEC section 5): after each completion or failure, every searched
 * sweep still searching is replayed from its stored results and opened rounds (`replaySearch`,
 * a pure function of them) and the trials of its next round are inserted as ordinary trials,
 * with the round's size, in one transaction. A new round is sized to the slots free at that
 * moment; a restart needs nothing but the database: the first completion (or `resume`)
 * replays the same rounds.
 *
 * The store returned runs the driver before a completion's promise resolves, so whoever
 * observes writes on top of it (the status feed) sees the next round already queued, and a
 * sweep never looks finished between two rounds.
 */
export function withSearchDriver(
  store: Store,
  hooks: SearchDriverHooks,
): { store: Store; resume(): Promise<void> } {
  const { log } = hooks;
  /** Searched sweeps still searching; null until the first scan. */
  let searching: Set<string> | null = null;
  let running: Promise<void> = Promise.resolve();
  /** Per searching sweep: its fits so far, so a pass refits only the rounds that just ended. */
  const fits = new Map<string, Map<string, ThresholdFitResult>>();

  const scan = async (): Promise<Set<string>> => {
    const names = new Set<string>();
    for (const s of await store.listSweeps()) {
      const rec = await store.getSweep(s.name);
      if (rec && rec.status === 'active' && isSearchSweep(rec.spec)) names.add(s.name);
    }
    return names;
  };

  const replay = async (name: string, sweep: SearchSweep, freeSlots: number) => {
    const [rows, rounds] = await Promise.all([store.trialResults(name), store.searchRounds(name)]);
    const opened: OpenedRound[] = rounds.map(({ groupKey, ...r }) => ({ key: groupKey, ...r }));
    let fitCache = fits.get(name);
    if (!fitCache) fits.set(name, (fitCache = new Map()));
    return replaySearch(sweep.search, storedSearchGroups(sweep, rows), {
      opened,
      freeSlots,
      fitCache,
    }).plan;
  };

  /** Opens the sweep's next rounds; returns whether it still searches and the slots it took. */
  const advance = async (
    name: string,
    freeSlots: number,
  ): Promise<{ searching: boolean; taken: number }> => {
    const rec = await store.getSweep(name);
    if (!rec || rec.status !== 'active' || !isSearchSweep(rec.spec)) {
      return { searching: false, taken: 0 };
    }
    const sweep = validateSearchSweep(rec.spec);
    for (let attempt = 1; ; attempt++) {
      const plan = await replay(name, sweep, freeSlots);
      if (plan.trials.length === 0) return { searching: !plan.finished, taken: 0 };
      try {
        await hooks.addRound(name, rec.spec, trialParams(name, sweep, plan), roundsOf(plan));
      } catch (err) {
        // Another coordinator opened the round first: replay again, and find it stored.
        if (err instanceof SearchRoundTakenError && attempt < OPEN_TRIES) continue;
        throw err;
      }
      log(`search ${name}: ${roundsText(plan)}, ${plan.trials.length} new trials`);
      // A slot trains one n's seeds as one bundle.
      return { searching: true, taken: plan.newRounds.reduce((sum, r) => sum + r.points, 0) };
    }
  };

  /** One pass at a time: passes queue behind each other, so rounds are never created twice. */
  const pass = (): Promise<void> => {
    running = running.then(async () => {
      try {
        searching ??= await scan();
        if (searching.size === 0) return;
        let free = await hooks.freeSlots();
        for (const name of [...searching]) {
          const { searching: more, taken } = await advance(name, free);
          free = Math.max(0, free - taken);
          if (!more) {
            searching.delete(name);
            fits.delete(name);
          }
        }
      } catch (err) {
        log(`search driver: ${(err as Error)?.message ?? String(err)}`);
      }
    });
    return running;
  };

  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (property === 'insertSweep') {
        return async (...args: unknown[]) => {
          const result = await fn.apply(target, args);
          const input = args[0] as { name: string; spec: unknown };
          // Before the first scan, the scan will find it.
          if (searching && isSearchSweep(input.spec)) searching.add(input.name);
          return result;
        };
      }
      if (typeof property !== 'string' || !ROUND_ENDS.has(property)) return fn.bind(target);
      return async (...args: unknown[]) => {
        const result = await fn.apply(target, args);
        await pass();
        return result;
      };
    },
  });
  return { store: proxy, resume: pass };
}

function trialParams(name: string, sweep: SearchSweep, plan: SearchPlan): TrialParams[] {
  const groups = new Map(expandSearchGroups(sweep).map((g) => [g.key, g]));
  return plan.trials.map((t) => {
    const group = groups.get(t.key);
    if (!group) throw new Error(`search ${name}: unknown group ${t.key}`);
    return searchTrialParams(group, t.n, t.seed);
  });
}

function roundsOf(plan: SearchPlan): SearchRound[] {
  return plan.newRounds.map(({ key, ...r }) => ({ groupKey: key, ...r }));
}

/** "round 2 (4 free slots: 4 n), round 3 (3 n)" for the coordinator's log. */
function roundsText(plan: SearchPlan): string {
  const rounds = plan.newRounds.map((r) => {
    const sized = r.freeSlots === null ? '' : `${r.freeSlots} free slots: `;
    return `round ${r.round} (${sized}${r.points} n)`;
  });
  return rounds.length > 0 ? rounds.join(', ') : 'trials of opened rounds';
}
