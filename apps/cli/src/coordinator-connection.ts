import {
  CoordinatorAddressError,
  createCoordinatorClient,
  isCoordinatorUnreachable,
  parseCoordinatorAddresses,
  type CoordinatorClient,
} from '@thresher/proto';
import { CliError, ExitCode } from './errors';

export interface ConnectionOptions {
  /** One HOST:PORT, or several (comma-separated) coordinators of one database. */
  coordinator: string;
  token?: string;
  tlsCa?: string;
  tlsCert?: string;
  tlsKey?: string;
}

/** The addresses of `--coordinator`, checked; a bad one is a usage error naming it. */
export function coordinatorAddresses(options: Pick<ConnectionOptions, 'coordinator'>): string[] {
  try {
    return parseCoordinatorAddresses(options.coordinator);
  } catch (err) {
    if (err instanceof CoordinatorAddressError)
      throw new CliError(`--coordinator: ${err.message}`, ExitCode.usage, { cause: err });
    throw err;
  }
}

/** A client of one coordinator, for the commands that talk to a running coordinator. */
export function connect(options: ConnectionOptions, address: string): CoordinatorClient {
  return createCoordinatorClient(address, {
    ...(options.token ? { token: options.token } : {}),
    // Any TLS option switches to TLS; cert and key add a client certificate (mutual TLS).
    ...(options.tlsCa || options.tlsCert
      ? { tls: { ca: options.tlsCa, cert: options.tlsCert, key: options.tlsKey } }
      : {}),
    deadlineMs: 15_000,
  });
}

/**
 * Runs `use` against the coordinators in the order given until one answers: only a
 * coordinator that is unreachable (UNAVAILABLE, DEADLINE_EXCEEDED) passes the call on to
 * the next; any other answer, error or not, is final. The calls made this way are
 * idempotent (submit, cancel, retry) or reads.
 */
export async function withClient<T>(
  options: ConnectionOptions,
  use: (client: CoordinatorClient) => Promise<T>,
  open: (address: string) => CoordinatorClient = (address) => connect(options, address),
): Promise<T> {
  const addresses = coordinatorAddresses(options);
  const unreachable: { address: string; error: unknown }[] = [];
  for (const address of addresses) {
    const client = open(address);
    try {
      return await use(client);
    } catch (error) {
      if (!isCoordinatorUnreachable(error)) throw error;
      unreachable.push({ address, error });
    } finally {
      client.close();
    }
  }
  if (unreachable.length === 1) throw unreachable[0]?.error;
  throw new CliError(
    `no coordinator answered: ${unreachable.map((u) => `${u.address} (${(u.error as Error).message})`).join('; ')}`,
    ExitCode.failure,
    { cause: unreachable.at(-1)?.error },
  );
}
