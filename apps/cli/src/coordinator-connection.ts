import { createCoordinatorClient, type CoordinatorClient } from '@thresher/proto';

export interface ConnectionOptions {
  coordinator: string;
  token?: string;
  tlsCa?: string;
  tlsCert?: string;
  tlsKey?: string;
}

/** A client for the commands that talk to a running coordinator. */
export function connect(options: ConnectionOptions): CoordinatorClient {
  return createCoordinatorClient(options.coordinator, {
    ...(options.token ? { token: options.token } : {}),
    // Any TLS option switches to TLS; cert and key add a client certificate (mutual TLS).
    ...(options.tlsCa || options.tlsCert
      ? { tls: { ca: options.tlsCa, cert: options.tlsCert, key: options.tlsKey } }
      : {}),
    deadlineMs: 15_000,
  });
}

export async function withClient<T>(
  options: ConnectionOptions,
  use: (client: CoordinatorClient) => Promise<T>,
): Promise<T> {
  const client = connect(options);
  try {
    return await use(client);
  } finally {
    client.close();
  }
}
