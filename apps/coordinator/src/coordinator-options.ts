import { Command, InvalidArgumentError, Option } from 'commander';

export interface CoordinatorOptions {
  db: string;
  host: string;
  port: number;
  token?: string;
  tls?: { cert: string; key: string; ca?: string };
  leaseMs?: number;
  maxAttempts?: number;
  maxBundle?: number;
  maxTrialsPerSweep?: number;
  bundleSeconds?: number;
  maxPadding?: number;
  /** Close a connection with no call in flight after this long (ms). */
  idleConnectionMs?: number;
  /** Retire workers unseen for this long (ms). */
  retireAfterMs?: number;
  /** Most live workers. */
  maxWorkers?: number;
  /** How long SubmitSweep waits for a large sweep's chunked insert before answering (ms). */
  submitWaitMs?: number;
  /** Most lateness of the event loop before LeaseWork holds bundles back (ms; 0: off). */
  leaseLagTargetMs?: number;
  /** Serve the dashboard and JSON API over HTTP (off unless --http-port is given). */
  http?: { host: string; port: number };
}

const real = (min: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new InvalidArgumentError(`expected a number >= ${min}`);
  return n;
};

const int = (min: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new InvalidArgumentError(`expected an integer >= ${min}`);
  return n;
};

/** Parses `thresher coordinator` options (argv without node and script). */
export function parseCoordinatorArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): CoordinatorOptions {
  const program = new Command('thresher coordinator')
    .description('serve sweeps to workers over gRPC; all state lives in the database')
    .addOption(
      new Option('--db <path|postgres-url>', 'SQLite file or postgres:// URL')
        .env('THRESHER_DB')
        .default('./thresher.db'),
    )
    .option('--host <host>', 'address to listen on (0.0.0.0: every interface)', '127.0.0.1')
    .option('--port <port>', 'port (0 picks a free one)', int(0), 7070)
    .addOption(
      new Option('--token <token>', 'require this bearer token on every call').env(
        'THRESHER_TOKEN',
      ),
    )
    .option('--tls-cert <file>', 'server certificate (PEM); enables TLS')
    .option('--tls-key <file>', 'server private key (PEM)')
    .option('--tls-ca <file>', 'CA of client certificates: clients must present one (mutual TLS)')
    .option('--lease-ms <ms>', 'lease duration without heartbeat', int(100))
    .option('--max-attempts <n>', 'attempts per trial before it fails', int(1))
    .option(
      '--idle-connection-ms <ms>',
      'close a connection with no call in flight after this long (default 300000)',
      int(1000),
    )
    .option('--max-bundle <n>', 'most trials leased in one bundle', int(1))
    .option(
      '--retire-after-ms <ms>',
      'retire workers unseen for this long: history, no longer listed as live (default 3600000)',
      int(1000),
    )
    .option(
      '--max-workers <n>',
      'most live workers; more registrations are refused (default 10000)',
      int(1),
    )
    .option(
      '--submit-wait-ms <ms>',
      'how long SubmitSweep waits for the chunked insert of a grid over 5000 trials before ' +
        'answering that it goes on (default 1000)',
      int(0),
    )
    .option(
      '--lease-lag-target-ms <ms>',
      'when the event loop runs later than this, LeaseWork answers no bundle and a retry ' +
        'delay, so that every call stays fast (default 10; 0: off)',
      int(0),
    )
    .option(
      '--max-trials-per-sweep <n>',
      'largest sweep accepted (counted before expanding; default 1000000)',
      int(1),
    )
    .option(
      '--bundle-seconds <s>',
      "target work of one bundle at the slot's measured speed (default 60)",
      real(0.1),
    )
    .option(
      '--max-padding <x>',
      'most padded work per useful work in a bundle of unlike shapes (default 1.15)',
      real(1),
    )
    .option(
      '--http-port <port>',
      'serve the read-only dashboard and JSON API on this port (0 picks a free one)',
      int(0),
    )
    .option('--http-host <host>', 'address of the dashboard (with --http-port)', '127.0.0.1')
    .exitOverride();
  // Environment defaults are read from `env` (tests pass their own).
  const saved = process.env;
  process.env = env;
  try {
    program.parse(argv, { from: 'user' });
  } finally {
    process.env = saved;
  }
  const o = program.opts<{
    db: string;
    host: string;
    port: number;
    token?: string;
    tlsCert?: string;
    tlsKey?: string;
    tlsCa?: string;
    leaseMs?: number;
    maxAttempts?: number;
    maxBundle?: number;
    maxTrialsPerSweep?: number;
    bundleSeconds?: number;
    maxPadding?: number;
    idleConnectionMs?: number;
    retireAfterMs?: number;
    maxWorkers?: number;
    submitWaitMs?: number;
    leaseLagTargetMs?: number;
    httpPort?: number;
    httpHost: string;
  }>();
  if ((o.tlsCert === undefined) !== (o.tlsKey === undefined)) {
    throw new InvalidArgumentError('--tls-cert and --tls-key go together');
  }
  if (o.tlsCa !== undefined && o.tlsCert === undefined) {
    throw new InvalidArgumentError('--tls-ca needs --tls-cert and --tls-key');
  }
  return {
    db: o.db,
    host: o.host,
    port: o.port,
    ...(o.token ? { token: o.token } : {}),
    ...(o.tlsCert && o.tlsKey
      ? { tls: { cert: o.tlsCert, key: o.tlsKey, ...(o.tlsCa ? { ca: o.tlsCa } : {}) } }
      : {}),
    ...(o.leaseMs !== undefined ? { leaseMs: o.leaseMs } : {}),
    ...(o.maxAttempts !== undefined ? { maxAttempts: o.maxAttempts } : {}),
    ...(o.maxBundle !== undefined ? { maxBundle: o.maxBundle } : {}),
    ...(o.maxTrialsPerSweep !== undefined ? { maxTrialsPerSweep: o.maxTrialsPerSweep } : {}),
    ...(o.bundleSeconds !== undefined ? { bundleSeconds: o.bundleSeconds } : {}),
    ...(o.maxPadding !== undefined ? { maxPadding: o.maxPadding } : {}),
    ...(o.idleConnectionMs !== undefined ? { idleConnectionMs: o.idleConnectionMs } : {}),
    ...(o.retireAfterMs !== undefined ? { retireAfterMs: o.retireAfterMs } : {}),
    ...(o.maxWorkers !== undefined ? { maxWorkers: o.maxWorkers } : {}),
    ...(o.submitWaitMs !== undefined ? { submitWaitMs: o.submitWaitMs } : {}),
    ...(o.leaseLagTargetMs !== undefined ? { leaseLagTargetMs: o.leaseLagTargetMs } : {}),
    ...(o.httpPort !== undefined ? { http: { host: o.httpHost, port: o.httpPort } } : {}),
  };
}
