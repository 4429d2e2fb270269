import type { Command } from 'commander';
import { describeEngine, probeBackends, selectBackend } from '@thresher/training';

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description('check which training backends load on this machine, and why not')
    .action(async () => {
      const probes = await probeBackends();
      for (const probe of probes) {
        const status = probe.available ? 'ok ' : 'no ';
        const detail = probe.available ? `version ${probe.version ?? '?'}` : probe.reason;
        const tf = probe.tensorflowVersion ? ` (TensorFlow ${probe.tensorflowVersion})` : '';
        process.stdout.write(`${status} ${probe.name.padEnd(10)} ${detail}${tf}\n`);
      }
      if (!probes.some((p) => p.available)) {
        process.exitCode = 1;
        return;
      }
      // The engine a worker trains with: on the backend `auto` picks, under THRESHER_ENGINE.
      const native = probes.some((p) => p.name === 'tensorflow' && p.available);
      await selectBackend(native ? 'tensorflow' : 'wasm', { warn: () => undefined });
      try {
        const { engine, reason, xla } = await describeEngine();
        process.stdout.write(`ok  ${'engine'.padEnd(10)} ${engine} (${reason})\n`);
        // Not a failure: without XLA the graph engine runs its uncompiled graphs at every shape.
        if (xla) {
          const detail = xla.available
            ? `${xla.reason}: the graph engine runs XLA-compiled steps where they are faster`
            : `not compiled here (${xla.reason}); the graph engine runs uncompiled graphs`;
          process.stdout.write(`${xla.available ? 'ok ' : 'no '} ${'xla'.padEnd(10)} ${detail}\n`);
        }
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        process.stdout.write(`no  ${'engine'.padEnd(10)} ${message}\n`);
        process.exitCode = 1;
      }
    });
}
