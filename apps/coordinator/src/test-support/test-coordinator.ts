import type { CoordinatorRpcError, thresher } from '@thresher/proto';
import { createCoordinatorClient, type CoordinatorClient } from '@thresher/proto';
import { openStore, type Store } from '@thresher/store';
import {
  startCoordinatorServer,
  type CoordinatorServer,
  type CoordinatorServerOptions,
} from '../server';

/** A coordinator server in the test's process on a real socket and SQLite file, and a client. */
export interface TestCoordinator {
  store: Store;
  server: CoordinatorServer;
  api: CoordinatorClient;
  /** Closes the client, the server and the store (the file stays). */
  close(): Promise<void>;
}

export async function startTestCoordinator(
  db: string,
  options: Pick<CoordinatorServerOptions, 'scheduler' | 'http'> & { token: string },
): Promise<TestCoordinator> {
  const store = await openStore(db);
  const server = await startCoordinatorServer({
    store,
    host: '127.0.0.1',
    port: 0,
    log: () => undefined,
    ...options,
  });
  const api = createCoordinatorClient(server.address, { token: options.token, deadlineMs: 10_000 });
  return {
    store,
    server,
    api,
    close: async () => {
      api.close();
      await server.close(1_000);
      await store.close();
    },
  };
}

/** The RPC error a call ends with, or undefined when it succeeds. */
export const errorOf = (p: Promise<unknown>): Promise<CoordinatorRpcError | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => e as CoordinatorRpcError,
  );

/** Metrics an honest worker could report: ratios from their losses, a fraction in [0, 1]. */
export const HONEST_METRICS: thresher.v1.ITrialMetrics = {
  trainLoss: 0.1,
  testLoss: 0.2,
  excessRisk: 0.1,
  olsTrainLoss: 0.2,
  olsTestLoss: 0.3,
  olsExcessRisk: 0.1,
  interpRatio: 0.1 / 0.2,
  testRatio: 0.2 / 0.3,
  alignedFraction: 0.5,
  converged: true,
};
