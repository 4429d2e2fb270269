import { isCoordinatorUnreachable } from '@thresher/proto';
import type { WorkerCoordinatorClient } from './worker';

const METHODS = [
  'registerWorker',
  'leaseWork',
  'heartbeat',
  'completeTrial',
  'completeTrials',
  'failTrial',
  'drain',
] as const satisfies readonly (keyof WorkerCoordinatorClient)[];

export interface FailoverClient extends WorkerCoordinatorClient {
  /** Index (in the list) of the coordinator the next call goes to. */
  readonly current: number;
}

/**
 * One client over several coordinators of the same database, in round robin: every call
 * goes to the current one; a call that finds it unreachable (UNAVAILABLE, DEADLINE_EXCEEDED)
 * moves on to the next before failing as usual, so the worker's own retries (with their
 * backoff) reach the next coordinator. Only the first failure seen on a coordinator moves
 * on: calls that were in flight together on a dead coordinator must not skip past the live one.
 */
export function failoverClient(
  clients: readonly WorkerCoordinatorClient[],
  onSwitch: (from: number, to: number, error: unknown) => void = () => undefined,
): FailoverClient {
  if (clients.length === 0) throw new Error('failoverClient: no coordinator');
  let current = 0;
  const client = {
    get current() {
      return current;
    },
  } as FailoverClient;
  for (const method of METHODS) {
    const call = async (request: unknown, options: unknown) => {
      const used = current;
      const target = clients[used] as WorkerCoordinatorClient;
      try {
        return await (target[method] as (r: unknown, o: unknown) => Promise<unknown>).call(
          target,
          request,
          options,
        );
      } catch (err) {
        if (clients.length > 1 && used === current && isCoordinatorUnreachable(err)) {
          current = (used + 1) % clients.length;
          onSwitch(used, current, err);
        }
        throw err;
      }
    };
    Object.assign(client, { [method]: call });
  }
  return client;
}
