import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export type AppName = 'coordinator' | 'worker';

/** Path of a built app's entry point, found through its workspace package. */
export function appMain(app: AppName): string {
  return path.join(
    path.dirname(require.resolve(`@thresher/${app}/package.json`)),
    'dist',
    'main.js',
  );
}

/** Runs an app in the foreground as `thresher <app> ...`, forwarding signals and exit code. */
export function execApp(app: AppName, args: string[]): Promise<number> {
  const child = spawn(process.execPath, [appMain(app), ...args], { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt).on('SIGTERM', onTerm);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInt).off('SIGTERM', onTerm);
      resolve(code ?? (signal === 'SIGINT' ? 130 : 1));
    });
  });
}

/**
 * Background apps get their own process group, so a terminal's Ctrl-C reaches only the CLI,
 * which then drains the workers before it stops the coordinator. The IPC channel ties their
 * life to the CLI's: they stop when it disconnects, even if it was killed outright.
 */
const BACKGROUND: SpawnOptions = { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], detached: true };

/**
 * Starts a coordinator in the background and resolves with its address once it
 * prints its listening line. Its other output goes to `log`.
 */
export function startCoordinator(
  args: string[],
  log: (line: string) => void,
): Promise<{ child: ChildProcess; address: string }> {
  const child = spawn(process.execPath, [appMain('coordinator'), ...args], BACKGROUND);
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    readline.createInterface({ input: child.stderr! }).on('line', log);
    let settled = false;
    lines.on('line', (line) => {
      const match = /^thresher coordinator listening on (\S+)$/.exec(line.trim());
      if (match && !settled) {
        settled = true;
        resolve({ child, address: match[1]! });
      } else {
        log(line);
      }
    });
    child.on('exit', (code) => {
      if (!settled) {
        settled = true;
        reject(new Error(`the coordinator exited with code ${code} before listening`));
      }
    });
  });
}

/**
 * Starts a worker in the background; its output goes to `log`. `coresEach` caps the threads
 * TensorFlow may use inside it: local workers share the cores, and an op split over threads
 * that are all busy with the other workers only waits (see the profile in BENCHMARKS.md).
 */
export function startWorker(
  args: string[],
  log: (line: string) => void,
  coresEach = 1,
): ChildProcess {
  const threads = String(Math.max(1, Math.floor(coresEach)));
  const env = {
    TF_NUM_INTRAOP_THREADS: threads,
    TF_NUM_INTEROP_THREADS: '1',
    ...process.env,
  };
  const child = spawn(process.execPath, [appMain('worker'), ...args], { ...BACKGROUND, env });
  readline.createInterface({ input: child.stdout! }).on('line', log);
  readline.createInterface({ input: child.stderr! }).on('line', log);
  return child;
}

/** Sends `signal` and waits up to `graceMs` for the exit, then kills. */
export async function stopProcess(
  child: ChildProcess,
  signal: NodeJS.Signals,
  graceMs: number,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
