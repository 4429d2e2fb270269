import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const COMMANDS = [
  'run',
  'submit',
  'status',
  'query',
  'report',
  'export',
  'cancel',
  'retry',
  'workers',
  'doctor',
];

describe('thresher help and doctor', () => {
  it('lists every command', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of [...COMMANDS, 'coordinator', 'worker'])
      expect(help.stdout).toContain(command);
  });

  it.each(COMMANDS)('thresher %s --help describes its options', async (command) => {
    const help = await runCli([command, '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(`Usage: thresher ${command}`);
  });

  it.each(['coordinator', 'worker'])('thresher %s --help shows the app options', async (app) => {
    const help = await runCli([app, '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(app === 'worker' ? /--coordinator/ : /--db/);
  });

  it('rejects an unknown command and a bad option value with exit 2', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const bad = await runCli(['query', 'SELECT 1', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Allowed choices are table, csv, json');
  });

  it('doctor reports every backend, the native one with its TensorFlow version', async () => {
    const doctor = await runCli(['doctor']);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(
      /^ok\s+tensorflow\s+version 4\.22\.0 \(TensorFlow \d+\.\d+\.\d+\)$/m,
    );
    expect(doctor.stdout).toMatch(/^ok\s+wasm\s+version/m);
    expect(doctor.stdout).toMatch(/^ok\s+cpu\s+version/m);
    expect(doctor.stdout).toMatch(/^ok\s+engine\s+graph \(native backend\)$/m);
    // The provisioned libtensorflow compiles the graph engine's XLA forms.
    expect(doctor.stdout).toMatch(/^ok\s+xla\s+compiled by this libtensorflow/m);
  });

  it('doctor says the eager engine runs when THRESHER_ENGINE forces it', async () => {
    const doctor = await runCli(['doctor'], { env: { THRESHER_ENGINE: 'eager' } });
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/^ok\s+engine\s+eager \(forced\)$/m);
  });
});
