import { replaySearch, storedSearchGroups } from '@thresher/report';
import type { Store } from '@thresher/store';
import {
  type TrialParams,
  expandSearchGroups,
  isSearchSweep,
  searchTrialParams,
  validateSearchSweep,
} from '@thresher/sweep';

/** Store writes after which a search may have a finished round. */
const ROUND_ENDS = new Set<string>(['completeAttempt', 'completeAttempts', 'failAttempt']);

/**
 * Drives searched sweeps (SPEC section 5): after each completion or failure, every searched
 * sweep still searching is replayed from its stored results (`replaySearch`, a pure function
 * of them) and the trials of its next round are inserted as ordinary trials. A restart needs
 * nothing but the database: the first completion (or `resume`) replays the same rounds.
 *
 * The store returned runs the driver before a completion's promise resolves, so whoever
 * observes writes on top of it (the status feed) sees the next round already queued, and a
 * sweep never looks finished between two rounds.
 */
export function withSearchDriver(
  store: Store,
  log: (line: string) => void,
  /** Stores a round's trials (the scheduler's addSweepTrials: it also refreshes the share). */
  addRound: (name: string, spec: unknown, params: readonly TrialParams[]) => Promise<unknown>,
): { store: Store; resume(): Promise<void> } {
  /** Searched sweeps still searching; null until the first scan. */
  let searching: Set<string> | null = null;
  let running: Promise<void> = Promise.resolve();

  const scan = async (): Promise<Set<string>> => {
    const names = new Set<string>();
    for (const s of await store.listSweeps()) {
      const rec = await store.getSweep(s.name);
      if (rec && rec.status === 'active' && isSearchSweep(rec.spec)) names.add(s.name);
    }
    return names;
  };

  const advance = async (name: string): Promise<boolean> => {
    const rec = await store.getSweep(name);
    if (!rec || rec.status !== 'active' || !isSearchSweep(rec.spec)) return false;
    const sweep = validateSearchSweep(rec.spec);
    const groups = expandSearchGroups(sweep);
    const stored = storedSearchGroups(sweep, await store.trialResults(name));
    const { plan } = replaySearch(sweep.search, stored);
    if (plan.trials.length > 0) {
      const params = plan.trials.map((t) => {
        const group = groups.find((g) => g.key === t.key);
        if (!group) throw new Error(`search ${name}: unknown group ${t.key}`);
        return searchTrialParams(group, t.n, t.seed);
      });
      await addRound(name, rec.spec, params);
      const rounds = [...new Set(plan.trials.map((t) => t.round))].join(', ');
      log(`search ${name}: round ${rounds}, ${plan.trials.length} new trials`);
    }
    return !plan.finished;
  };

  /** One pass at a time: passes queue behind each other, so rounds are never created twice. */
  const pass = (): Promise<void> => {
    running = running.then(async () => {
      try {
        searching ??= await scan();
        for (const name of [...searching]) {
          if (!(await advance(name))) searching.delete(name);
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
