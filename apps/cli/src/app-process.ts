import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { pickFreePort, waitForServing } from '@thresher/proto';

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

/** How long `thresher run` waits for its coordinator to report SERVING. */
const COORDINATOR_START_TIMEOUT_MS = 60_000;

/**
 * Starts a coordinator in the background on a free port of `host` and resolves with its
 * address once its health service (grpc.health.v1) reports SERVING; its output goes to `log`.
 * If another process took the port first, it tries again with another one.
 */
export async function startCoordinator(
  args: string[],
  log: (line: string) => void,
  host = '127.0.0.1',
  options: { dashboard?: boolean } = {},
): Promise<{ child: ChildProcess; address: string; dashboardUrl?: string }> {
  for (let attempt = 1; ; attempt++) {
    const port = await pickFreePort(host);
    // The dashboard on another free port of the same host (--http-port).
    const httpPort = options.dashboard ? await pickFreePort(host) : undefined;
    const httpArgs =
      httpPort === undefined ? [] : ['--http-host', host, '--http-port', String(httpPort)];
    const child = spawn(
      process.execPath,
      [appMain('coordinator'), ...args, '--host', host, '--port', String(port), ...httpArgs],
      BACKGROUND,
    );
    let portTaken = false;
    const onLine = (line: string) => {
      if (line.includes('EADDRINUSE')) portTaken = true;
      log(line);
    };
    readline.createInterface({ input: child.stdout! }).on('line', onLine);
    readline.createInterface({ input: child.stderr! }).on('line', onLine);
    const closed = new Promise((resolve) => child.once('close', resolve));
    const exited = new AbortController();
    child.once('exit', (code, signal) =>
      exited.abort(new Error(`the coordinator exited with ${code ?? signal} before serving`)),
    );
    const address = `${host}:${port}`;
    try {
      await waitForServing(address, {
        deadline: Date.now() + COORDINATOR_START_TIMEOUT_MS,
        signal: exited.signal,
      });
      const hostPart = host.includes(':') ? `[${host}]` : host;
      return {
        child,
        address,
        ...(httpPort === undefined ? {} : { dashboardUrl: `http://${hostPart}:${httpPort}/` }),
      };
    } catch (err) {
      await stopProcess(child, 'SIGKILL', 1_000);
      await closed; // its last lines, which tell whether the port was taken
      if (portTaken && attempt < 3) continue;
      throw err;
    }
  }
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
