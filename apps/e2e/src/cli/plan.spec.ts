import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempDir, writeSweep } from './run-cli';

describe('thresher plan', () => {
  it('counts trials, shapes, GFLOP and memory of a sweep without training it', async () => {
    const result = await runCli([
      'plan',
      path.join(REPO_ROOT, 'examples/paper-d5.yaml'),
      '--no-calibrate',
    ]);
    expect(result.code).toBe(0);
    // 10 n x 3 widths x 5 seeds; 30 (n, width) shapes; GFLOP from 6·n·m·D per GD step.
    expect(result.stdout).toMatch(/sweep paper-d5: 150 trials, 30 distinct shapes, [\d.]+ GFLOP/);
    const gflop = Number(/, ([\d.]+) GFLOP/.exec(result.stdout)?.[1]);
    // Lower bound: the steps alone, 5 seeds x 10 000 steps x sum of 6·n·m·5 over the grid.
    const ns = [8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096];
    const steps =
      5 *
      10_000 *
      ns.reduce((s, n) => s + [64, 256, 1024].reduce((t, m) => t + 6 * n * m * 5, 0), 0);
    expect(gflop).toBeGreaterThan(steps / 1e9);
    expect(gflop).toBeLessThan((1.2 * steps) / 1e9);
    expect(result.stdout).toMatch(/peak memory of one trial: [\d.]+ MiB/);
  });

  it('times each shape here and estimates the wall time on N workers', async () => {
    const dir = tempDir();
    const sweep = writeSweep(
      dir,
      'small.yaml',
      'name: small\ngrid: {n: [16, 64], width: [8], seed: {range: [0, 3]}}\nfixed: {steps: 2000}',
    );
    const result = await runCli(['plan', sweep, '--workers', '2']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('sweep small: 8 trials, 2 distinct shapes');
    expect(result.stdout).toMatch(/measured here on (tensorflow|wasm), one thread per worker/);
    expect(result.stdout).toMatch(/estimated wall on 2 workers: [\d.]+ (s|min|h)/);
  });

  it('refuses a bad sweep like submit does (exit 2)', async () => {
    const dir = tempDir();
    const sweep = writeSweep(dir, 'bad.yaml', 'name: bad\ngrid: {n: [0], width: [8]}');
    const result = await runCli(['plan', sweep]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('grid.n[0]: expected an integer between 1 and 10000000, got 0');
  });
});
