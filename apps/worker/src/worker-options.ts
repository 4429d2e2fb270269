import { Command, InvalidArgumentError, Option } from 'commander';
import { CoordinatorAddressError, parseCoordinatorAddresses } from '@thresher/proto';
import os from 'node:os';
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { WorkerOptionsError } from './errors';

export const BACKENDS = ['auto', 'tensorflow', 'wasm', 'cpu'] as const;
export type BackendChoice = (typeof BACKENDS)[number];
export type SlotMode = 'process' | 'inline';

/** What a user types (all optional but the coordinator). */
export interface WorkerUserOptions {
  coordinator?: string;
  concurrency?: number;
  backend?: string;
  token?: string;
  tlsCa?: string;
  tlsCert?: string;
  tlsKey?: string;
  name?: string;
  maxBundle?: number;
  once?: boolean;
  /** Seconds without work (nothing leased, nothing running) before exiting. */
  exitWhenIdle?: number;
  slots?: string;
  drainGraceMs?: number;
  /** Memory budget of one slot's bundle, MiB. */
  slotMemory?: number;
}

/** The complete internal form every other module uses. */
export interface WorkerConfig {
  /** Coordinators of one database, tried in round robin when one does not answer. */
  coordinators: string[];
  concurrency: number;
  backend: BackendChoice;
  token: string | undefined;
  tls: { ca?: string; cert?: string; key?: string } | undefined;
  name: string;
  host: string;
  cores: number;
  version: string;
  /** Trials per bundle this worker asks for (capped by the coordinator's max). */
  maxBundle: number;
  /** Exit once the queue is empty and nothing runs. */
  once: boolean;
  /**
   * Exit once the queue has been empty, with nothing running here, for this long (ms);
   * undefined: never (`once` is the same with 0).
   */
  exitWhenIdleMs: number | undefined;
  slotMode: SlotMode;
  /** Memory one slot's bundle may use (bytes), sent with each LeaseWork. */
  slotMemoryBytes: number;
  /** After SIGTERM: how long to finish current bundles before handing them back. */
  drainGraceMs: number;
  backoff: BackoffOptions;
  /** Deadline of each call to the coordinator. */
  callDeadlineMs: number;
}

const VERSION = '0.1.0';

/** Turns friendly options (and environment) into a complete, checked WorkerConfig. */
export function compileWorkerOptions(
  user: WorkerUserOptions,
  env: NodeJS.ProcessEnv = process.env,
): WorkerConfig {
  const coordinator = user.coordinator ?? env.THRESHER_COORDINATOR;
  if (!coordinator)
    throw new WorkerOptionsError(
      '--coordinator',
      'required (HOST:PORT[,HOST:PORT...], or THRESHER_COORDINATOR)',
    );
  let coordinators: string[];
  try {
    coordinators = parseCoordinatorAddresses(coordinator);
  } catch (err) {
    if (err instanceof CoordinatorAddressError)
      throw new WorkerOptionsError('--coordinator', err.message, { cause: err });
    throw err;
  }
  const cores = os.cpus().length || 1;
  const concurrency = user.concurrency ?? cores;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
    throw new WorkerOptionsError(
      '--concurrency',
      `expected an integer in [1, 256], got ${concurrency}`,
    );
  }
  const backend = (user.backend ?? 'auto') as BackendChoice;
  if (!BACKENDS.includes(backend)) {
    throw new WorkerOptionsError(
      '--backend',
      `expected one of ${BACKENDS.join(', ')}, got ${user.backend}`,
    );
  }
  const maxBundle = user.maxBundle ?? 64;
  if (!Number.isInteger(maxBundle) || maxBundle < 1) {
    throw new WorkerOptionsError('--max-bundle', `expected an integer >= 1, got ${maxBundle}`);
  }
  // Slots run in child processes by default, one slot included: training stays off this
  // event loop (heartbeats keep their pace) and a trial that crashes or exhausts its process
  // takes down only that child, which is restarted. Measured on a 2-core machine, 32 trials
  // (steps 2000, n 16-128, width 32-64, bundles of 16): wasm 11.9 s with 2 child processes vs
  // 15.7 s with 2 slots in one process (the JavaScript backends use one thread); native
  // TensorFlow 4.6-5.0 s vs 4.8-7.3 s (its ops are multi-threaded either way). The child
  // costs about 0.2 s more at start (native TensorFlow ready in 0.57 s in a child, 0.36 s in
  // this process). `--slots inline` trains here: a crash there ends the worker.
  const slotMode = (user.slots ?? 'process') as SlotMode;
  if (slotMode !== 'process' && slotMode !== 'inline') {
    throw new WorkerOptionsError('--slots', `expected process or inline, got ${user.slots}`);
  }
  // Half the machine's memory shared by the slots, at most 1 GiB each: with the backend's
  // own ~0.5 GiB a one-slot worker stays within 2 GiB.
  const slotMemory =
    user.slotMemory ?? Math.floor(Math.min(1024, os.totalmem() / 2 ** 20 / 2 / concurrency));
  if (!Number.isInteger(slotMemory) || slotMemory < 1) {
    throw new WorkerOptionsError(
      '--slot-memory',
      `expected an integer >= 1 (MiB), got ${slotMemory}`,
    );
  }
  if (
    user.exitWhenIdle !== undefined &&
    (!Number.isFinite(user.exitWhenIdle) || user.exitWhenIdle < 0)
  ) {
    throw new WorkerOptionsError(
      '--exit-when-idle',
      `expected a number of seconds >= 0, got ${user.exitWhenIdle}`,
    );
  }
  const token = user.token ?? env.THRESHER_TOKEN;
  const tlsAny = user.tlsCa ?? user.tlsCert ?? user.tlsKey;
  if ((user.tlsCert === undefined) !== (user.tlsKey === undefined)) {
    throw new WorkerOptionsError('--tls-cert', '--tls-cert and --tls-key go together');
  }
  const host = os.hostname();
  return {
    coordinators,
    concurrency,
    backend,
    token: token || undefined,
    tls:
      tlsAny === undefined
        ? undefined
        : {
            ...(user.tlsCa ? { ca: user.tlsCa } : {}),
            ...(user.tlsCert ? { cert: user.tlsCert } : {}),
            ...(user.tlsKey ? { key: user.tlsKey } : {}),
          },
    name: user.name ?? host,
    host,
    cores,
    version: env.THRESHER_CODE_VERSION ?? VERSION,
    maxBundle,
    once: user.once ?? false,
    exitWhenIdleMs: user.exitWhenIdle === undefined ? undefined : user.exitWhenIdle * 1000,
    slotMode,
    slotMemoryBytes: slotMemory * 2 ** 20,
    drainGraceMs: user.drainGraceMs ?? 30_000,
    backoff: DEFAULT_BACKOFF,
    callDeadlineMs: 10_000,
  };
}

const int = (min: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new InvalidArgumentError(`expected an integer >= ${min}`);
  return n;
};

const seconds = (value: string) => {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError('expected a number of seconds >= 0');
  return n;
};

/** Parses `thresher worker` arguments (without node and script) into a WorkerConfig. */
export function parseWorkerArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): WorkerConfig {
  const program = new Command('thresher worker')
    .description('train trials leased from a coordinator')
    .option(
      '--coordinator <host:port,...>',
      'coordinator address, or several of one database tried in turn (env THRESHER_COORDINATOR)',
    )
    .option('--concurrency <n>', 'parallel training slots (default: one per core)', int(1))
    .addOption(
      new Option('--backend <name>', 'TensorFlow.js backend')
        .choices([...BACKENDS])
        .default('auto'),
    )
    .option('--token <token>', 'bearer token (env THRESHER_TOKEN)')
    .option('--tls-ca <file>', 'CA certificate of the coordinator (enables TLS)')
    .option('--tls-cert <file>', 'client certificate (mutual TLS)')
    .option('--tls-key <file>', 'client private key (mutual TLS)')
    .option('--name <name>', 'worker name shown in `thresher status` (default: host name)')
    .option('--max-bundle <n>', 'most trials trained together in one vectorized batch', int(1))
    .option('--once', 'exit when the queue is empty')
    .option(
      '--exit-when-idle <seconds>',
      'exit once no work has come for this long (batch jobs: outlasts the lease, so expired leases of a lost worker are still picked up)',
      seconds,
    )
    .addOption(
      new Option(
        '--slots <mode>',
        'run slots in child processes (default) or in this process (a crash ends the worker)',
      ).choices(['process', 'inline']),
    )
    .option(
      '--slot-memory <MiB>',
      "memory one slot's bundle may use (default: half the memory over the slots, at most 1024)",
      int(1),
    )
    .option(
      '--drain-grace-ms <ms>',
      'on SIGTERM, time to finish current work before handing it back',
      int(0),
    )
    .exitOverride();
  program.parse(argv, { from: 'user' });
  return compileWorkerOptions(program.opts<WorkerUserOptions>(), env);
}
