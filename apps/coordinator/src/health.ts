import type * as grpc from '@grpc/grpc-js';
import { HealthImplementation, type ServingStatus } from 'grpc-health-check';

/** The coordinator's side of grpc.health.v1: one status for every service it reports. */
export interface CoordinatorHealth {
  setAll(status: ServingStatus): void;
  /** Ends open Watch streams (after their last status), so they do not hold up a shutdown. */
  endWatches(): void;
}

/**
 * Adds grpc.health.v1.Health (Check, Watch, List) to `server`, reporting NOT_SERVING for
 * `services` until setAll('SERVING'). It has no token check: it tells only whether the
 * coordinator is up, and probes (Kubernetes, Slurm scripts, grpc-health-probe) carry none.
 */
export function addHealthService(
  server: grpc.Server,
  services: readonly string[],
): CoordinatorHealth {
  const impl = new HealthImplementation(
    Object.fromEntries(services.map((name) => [name, 'NOT_SERVING' as const])),
  );
  const watches = new Set<grpc.ServerWritableStream<unknown, unknown>>();
  impl.addToServer({
    addService(definition, implementation) {
      const watch = implementation.watch as grpc.handleServerStreamingCall<unknown, unknown>;
      server.addService(
        definition as unknown as grpc.ServiceDefinition,
        {
          ...implementation,
          watch: (call: grpc.ServerWritableStream<unknown, unknown>) => {
            watches.add(call);
            call.on('cancelled', () => watches.delete(call));
            watch(call);
          },
        } as grpc.UntypedServiceImplementation,
      );
    },
  });
  return {
    setAll(status) {
      for (const name of services) impl.setStatus(name, status);
    },
    endWatches() {
      for (const call of watches) call.end();
      watches.clear();
    },
  };
}
