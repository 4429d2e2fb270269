import { Option } from 'commander';

/** `--db`, also read from THRESHER_DB; a file path (SQLite) or a postgres:// URL. */
export const dbOption = () =>
  new Option('--db <location>', 'SQLite file or postgres:// URL')
    .env('THRESHER_DB')
    .default('thresher.db');

/**
 * `--coordinator`, also read from THRESHER_COORDINATOR: one HOST:PORT or a comma-separated
 * list (coordinators of one database, tried in order; checked by coordinatorAddresses).
 */
export const coordinatorOption = () =>
  new Option(
    '--coordinator <host:port,...>',
    'address of the coordinator, or several of one database tried in order',
  )
    .env('THRESHER_COORDINATOR')
    .default('127.0.0.1:7070');

export const tokenOption = () =>
  new Option('--token <token>', 'shared secret sent to the coordinator').env('THRESHER_TOKEN');

export const tlsCaOption = () =>
  new Option('--tls-ca <file>', 'CA certificate to verify the coordinator (enables TLS)');

export const formatOption = <T extends string>(choices: readonly T[], fallback: T) =>
  new Option('--format <format>', 'output format').choices(choices).default(fallback);

export const tlsCertOption = () =>
  new Option('--tls-cert <file>', 'client certificate, for a coordinator that requires one');

export const tlsKeyOption = () => new Option('--tls-key <file>', 'key of the client certificate');
