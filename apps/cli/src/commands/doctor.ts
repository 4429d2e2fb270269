import type { Command } from 'commander';
import { probeBackends } from '@thresher/training';

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
      if (!probes.some((p) => p.available)) process.exitCode = 1;
    });
}
