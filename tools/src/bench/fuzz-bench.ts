import { spawn } from 'node:child_process';
import path from 'node:path';

export interface FuzzBenchResult {
  messages: number;
  seconds: number;
  perSecond: number;
  statuses: Record<string, number>;
  passed: boolean;
  seed: number;
}

const E2E = path.resolve(__dirname, '../../../apps/e2e');

/**
 * The coordinator fuzz test of `npm test` (apps/e2e/src/coordinator-fuzz.spec.ts), run longer:
 * `messages` hostile messages while an honest worker completes a sweep. Its assertions hold
 * (no exit, no INTERNAL answer, the sweep completes, nothing stored changes) or it fails.
 */
export async function benchFuzz(
  messages: number,
  seed = Date.now() % 2 ** 31,
): Promise<FuzzBenchResult> {
  const vitest = require.resolve('vitest/vitest.mjs', { paths: [E2E] });
  const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [vitest, 'run', 'src/coordinator-fuzz.spec.ts'], {
      cwd: E2E,
      env: {
        ...process.env,
        THRESHER_FUZZ_MESSAGES: String(messages),
        THRESHER_FUZZ_SEED: String(seed),
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (c) => (text += c));
    child.stderr.on('data', (c) => (text += c));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, text }));
  });
  const line =
    /fuzz: (\d+) messages in ([\d.]+) s \((\d+)\/s\), seed (\d+); statuses (\{.*\})/.exec(
      output.text,
    );
  if (!line)
    throw new Error(
      `the fuzz run printed no figures (exit ${output.code}):\n${output.text.slice(-3000)}`,
    );
  return {
    messages: Number(line[1]),
    seconds: Number(line[2]),
    perSecond: Number(line[3]),
    seed: Number(line[4]),
    statuses: JSON.parse(line[5] as string) as Record<string, number>,
    passed: output.code === 0,
  };
}
