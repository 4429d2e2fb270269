import { createCoordinatorClient, type CoordinatorClient } from '@thresher/proto';

export interface ConnectionOptions {
  coordinator: string;
  token?: string;
  tlsCa?: string;
}

/** A client for the commands that talk to a running coordinator. */
export function connect(options: ConnectionOptions): CoordinatorClient {
  return createCoordinatorClient(options.coordinator, {
    ...(options.token ? { token: options.token } : {}),
    ...(options.tlsCa ? { tls: { ca: options.tlsCa } } : {}),
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
