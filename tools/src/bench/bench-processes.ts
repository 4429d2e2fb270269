/**
 * The built apps as real child processes (coordinator, worker, `thresher` CLI), and what the
 * benchmarks read from /proc about them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { pickFreePort, waitForServing } from '@thresher/proto';

/** tools/dist/bench (or tools/src/bench) -> the workspace root. */
export const ROOT = path.resolve(__dirname, '../../..');
export const COORDINATOR_MAIN = path.join(ROOT, 'apps/coordinator/dist/main.js');
export const WORKER_MAIN = path.join(ROOT, 'apps/worker/dist/main.js');
export const CLI_BIN = path.join(ROOT, 'apps/cli/bin/thresher.js');

export interface AppProcess {
  child: ChildProcess;
  pid: number;
  /** stdout and stderr lines, last 500. */
  lines: string[];
  exited: Promise<number | null>;
}

export function startApp(main: string, args: string[]): AppProcess {
  const child = spawn(process.execPath, [main, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // No token: these coordinators listen on loopback for this benchmark only.
    env: { ...process.env, THRESHER_TOKEN: '' },
  });
  const lines: string[] = [];
  const keep = (l: string) => {
    lines.push(l);
    if (lines.length > 500) lines.shift();
  };
  readline.createInterface({ input: child.stdout! }).on('line', keep);
  readline.createInterface({ input: child.stderr! }).on('line', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  if (child.pid === undefined) throw new Error(`could not start ${main}`);
  return { child, pid: child.pid, lines, exited };
}

export async function waitForLine(
  app: AppProcess,
  re: RegExp,
  timeoutMs: number,
): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const l of app.lines) {
      const m = re.exec(l);
      if (m) return m;
    }
    if (app.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(
        `no line matching ${re} (exit ${app.child.exitCode}):\n${app.lines.slice(-20).join('\n')}`,
      );
    }
    await sleep(50);
  }
}

/**
 * Starts a coordinator on a free loopback port; resolves with it and its HOST:PORT once its
 * health service (grpc.health.v1) reports SERVING.
 */
export async function startCoordinator(
  db: string,
  extra: string[] = [],
): Promise<{ app: AppProcess; address: string }> {
  for (let attempt = 1; ; attempt++) {
    const port = await pickFreePort('127.0.0.1');
    const app = startApp(COORDINATOR_MAIN, [
      ...['--db', db, '--host', '127.0.0.1', '--port', String(port)],
      ...extra,
    ]);
    const address = `127.0.0.1:${port}`;
    try {
      await waitUntilServing(app, address, 60_000);
      return { app, address };
    } catch (err) {
      await stopApp(app, 1_000);
      // Another process took the port between the pick and the bind: pick again.
      if (attempt < 3 && app.lines.some((l) => l.includes('EADDRINUSE'))) continue;
      throw err;
    }
  }
}

/** Waits for grpc.health.v1 SERVING at `address`; fails early if the app exits. */
export async function waitUntilServing(
  app: AppProcess,
  address: string,
  timeoutMs: number,
): Promise<void> {
  const exited = new AbortController();
  void app.exited.then((code) => exited.abort(new Error(`exited with ${code} before serving`)));
  try {
    await waitForServing(address, { deadline: Date.now() + timeoutMs, signal: exited.signal });
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${app.lines.slice(-20).join('\n')}`, {
      cause: err,
    });
  }
}

export function startWorker(address: string, name: string, extra: string[] = []): AppProcess {
  return startApp(WORKER_MAIN, [
    '--coordinator',
    address,
    '--concurrency',
    '1',
    '--backend',
    'auto',
    '--name',
    name,
    ...extra,
  ]);
}

/** SIGTERM, then SIGKILL after `graceMs`. */
export async function stopApp(app: AppProcess, graceMs = 10_000): Promise<void> {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  app.child.kill('SIGTERM');
  const timer = setTimeout(() => app.child.kill('SIGKILL'), graceMs);
  await app.exited;
  clearTimeout(timer);
}

/** Runs the `thresher` CLI to completion; rejects on a non-zero exit with its output. */
export function runCli(
  args: string[],
  timeoutMs: number,
  onSpawn?: (pid: number) => void,
): Promise<{ ms: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: ROOT,
    });
    if (child.pid !== undefined) onSpawn?.(child.pid);
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, output });
      else
        reject(
          new Error(`thresher ${args.join(' ')}: exit ${code ?? signal}\n${output.slice(-2000)}`),
        );
    });
  });
}

/** Resident set size (MiB) from /proc/<pid>/status VmRSS; undefined once the process is gone. */
export function rssMiB(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
