import { createServer } from 'node:net';

/**
 * A TCP port that is free on `host` right now (bound to port 0, then released), for starting
 * a coordinator with a known `--port`. Another process may take it before the coordinator
 * binds it: the coordinator then exits with EADDRINUSE, and the caller may pick again.
 */
export function pickFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
