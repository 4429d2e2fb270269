import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { pickFreePort, waitForServing, type TlsOptions } from '@thresher/proto';

export const ROOT = path.resolve(__dirname, '../../../..');
export const COORDINATOR_MAIN = path.join(ROOT, 'apps/coordinator/dist/main.js');
export const WORKER_MAIN = path.join(ROOT, 'apps/worker/dist/main.js');

/** The cluster tests run the built apps: fail early with the command that builds them. */
export function requireBuiltApps(): void {
  for (const main of [COORDINATOR_MAIN, WORKER_MAIN]) {
    if (!existsSync(main)) {
      throw new Error(
        `${main} is missing: build first with npx nx run-many -t build -p coordinator worker`,
      );
    }
  }
}

/** A child process whose output lines are kept (and can be awaited). */
export class ManagedProcess {
  readonly lines: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private waiters: { re: RegExp; resolve: (m: RegExpExecArray) => void }[] = [];

  constructor(
    readonly label: string,
    readonly child: ChildProcess,
  ) {
    const onLine = (line: string) => {
      this.lines.push(line);
      if (process.env.THRESHER_E2E_VERBOSE) process.stderr.write(`[${label}] ${line}\n`);
      this.waiters = this.waiters.filter((w) => {
        const m = w.re.exec(line);
        if (m) w.resolve(m);
        return !m;
      });
    };
    readline.createInterface({ input: child.stdout! }).on('line', onLine);
    readline.createInterface({ input: child.stderr! }).on('line', onLine);
    this.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves with the first line (past, from index `from` on, or future) matching `re`. */
  waitForLine(re: RegExp, timeoutMs = 30_000, from = 0): Promise<RegExpExecArray> {
    for (const line of this.lines.slice(from)) {
      const m = re.exec(line);
      if (m) return Promise.resolve(m);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `${this.label}: no line matching ${re} within ${timeoutMs} ms; output:\n${this.tail()}`,
            ),
          ),
        timeoutMs,
      );
      const waiter = {
        re,
        resolve: (m: RegExpExecArray) => {
          clearTimeout(timer);
          resolve(m);
        },
      };
      this.waiters.push(waiter);
      void this.exited.then(() => {
        if (!this.waiters.includes(waiter)) return;
        clearTimeout(timer);
        reject(new Error(`${this.label} exited before printing ${re}; output:\n${this.tail()}`));
      });
    });
  }

  private signal(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (signal !== 'SIGKILL' || pid === undefined) {
      this.child.kill(signal);
      return;
    }
    try {
      process.kill(-pid, 'SIGKILL'); // its own group: spawned detached
    } catch {
      this.child.kill('SIGKILL');
    }
  }

  tail(n = 30): string {
    return this.lines.slice(-n).join('\n');
  }

  /**
   * Sends the signal and waits for the exit (SIGKILL after timeoutMs). SIGKILL goes to the
   * whole process group, as a cgroup's OOM killer or Slurm would send it: a worker's slot
   * processes die with it instead of training on, orphaned, through the tests that follow.
   */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15_000) {
    if (this.running) {
      this.signal(signal);
      const timer = setTimeout(() => this.signal('SIGKILL'), timeoutMs);
      const result = await this.exited;
      clearTimeout(timer);
      return result;
    }
    return this.exited;
  }
}

export interface SpawnOptions {
  /** Network namespace to run in (`ip netns exec NS node ...`). */
  netns?: string;
  env?: NodeJS.ProcessEnv;
}

export function spawnNode(
  label: string,
  main: string,
  args: string[],
  options: SpawnOptions = {},
): ManagedProcess {
  const command = options.netns ? 'ip' : process.execPath;
  const argv = options.netns
    ? ['netns', 'exec', options.netns, process.execPath, main, ...args]
    : [main, ...args];
  const env = {
    ...process.env,
    THRESHER_TOKEN: '',
    THRESHER_DB: '',
    THRESHER_COORDINATOR: '',
    ...options.env,
  };
  // detached: a process group of its own, so that stop('SIGKILL') reaches its children too.
  const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], env, detached: true });
  return new ManagedProcess(label, child);
}

export interface Coordinator {
  proc: ManagedProcess;
  /** HOST:PORT it listens on (--host as given). */
  address: string;
  port: number;
}

export interface CoordinatorStartOptions extends SpawnOptions {
  /**
   * How the test reaches the health service: the host (default: --host, or loopback for a
   * wildcard) and, for a TLS coordinator, the TLS material (CA, and a client certificate
   * under mutual TLS). With `netns`, the probe runs inside that namespace.
   */
  probe?: { host?: string; tls?: TlsOptions };
  timeoutMs?: number;
}

const PROTO_DIST = path.join(ROOT, 'libs/proto/dist/index.js');

/**
 * Starts a coordinator and waits until grpc.health.v1 reports SERVING. `--port 0` becomes a
 * free port picked here (and picked again if another process takes it first).
 */
export async function startCoordinator(
  args: string[],
  options: CoordinatorStartOptions = {},
): Promise<Coordinator> {
  const argOf = (flag: string) => {
    const at = args.lastIndexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const host = argOf('--host') ?? '127.0.0.1';
  const givenPort = Number(argOf('--port') ?? 7070);
  if (argOf('--tls-cert') !== undefined && options.probe?.tls === undefined) {
    throw new Error('startCoordinator: a TLS coordinator needs probe.tls to check its health');
  }
  const wildcard = host === '0.0.0.0' || host === '::';
  const probeHost = options.probe?.host ?? (wildcard ? '127.0.0.1' : host);
  for (let attempt = 1; ; attempt++) {
    const port =
      givenPort === 0 ? await pickFreePort(options.netns ? '127.0.0.1' : host) : givenPort;
    const argv = args.map((a, i) => (args[i - 1] === '--port' ? String(port) : a));
    if (argOf('--port') === undefined) argv.push('--port', String(port));
    const proc = spawnNode('coordinator', COORDINATOR_MAIN, argv, options);
    const probeAddress = `${probeHost.includes(':') ? `[${probeHost}]` : probeHost}:${port}`;
    try {
      await waitUntilServing(proc, probeAddress, options);
      return { proc, address: `${host}:${port}`, port };
    } catch (err) {
      await proc.stop('SIGKILL');
      if (givenPort === 0 && attempt < 3 && /EADDRINUSE/.test(proc.tail())) continue;
      throw err;
    }
  }
}

/** Waits for SERVING from the test process, or from a probe process inside `netns`. */
async function waitUntilServing(
  proc: ManagedProcess,
  address: string,
  options: CoordinatorStartOptions,
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const tls = options.probe?.tls;
  const exited = new AbortController();
  void proc.exited.then(({ code, signal }) =>
    exited.abort(new Error(`${proc.label} exited (${code ?? signal}) before serving`)),
  );
  const explain = (err: unknown) =>
    new Error(`${(err as Error).message}; output:\n${proc.tail()}`, { cause: err });
  if (!options.netns) {
    await waitForServing(address, {
      tls,
      deadline: Date.now() + timeoutMs,
      signal: exited.signal,
    }).catch((err: unknown) => Promise.reject(explain(err)));
    return;
  }
  const probe = spawnNode(
    'health probe',
    '-e',
    [
      `const { waitForServing } = require(${JSON.stringify(PROTO_DIST)});
const [address, tls, ms] = process.argv.slice(1);
waitForServing(address, { tls: JSON.parse(tls) ?? undefined, deadline: Date.now() + Number(ms) })
  .then(() => console.log('SERVING'), (e) => { console.log(e.message); process.exitCode = 3; });`,
      address,
      JSON.stringify(tls ?? null),
      String(timeoutMs),
    ],
    { netns: options.netns },
  );
  const onExit = () => void probe.stop('SIGKILL');
  exited.signal.addEventListener('abort', onExit);
  const { code } = await probe.exited;
  exited.signal.removeEventListener('abort', onExit);
  if (code !== 0) {
    const why = exited.signal.aborted ? (exited.signal.reason as Error) : new Error(probe.tail());
    throw explain(why);
  }
}

export interface Worker {
  proc: ManagedProcess;
  /** Resolves with the id the coordinator gave it. */
  id: () => Promise<string>;
}

export function startWorker(name: string, args: string[], options: SpawnOptions = {}): Worker {
  const proc = spawnNode(`worker ${name}`, WORKER_MAIN, ['--name', name, ...args], options);
  return {
    proc,
    id: async () => (await proc.waitForLine(/registered as (\S+)/, 60_000))[1] as string,
  };
}

/** Polls until `check` returns a value other than undefined. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 60_000,
  intervalMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
