import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Store } from '@thresher/store';
import { UnknownWorkerError, WorkerCredentialsError } from './errors';

/** A new worker secret: 256 random bits, URL-safe text (shown once, to that worker). */
export function newWorkerSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What the store keeps of a secret: its SHA-256, hex. */
export function hashWorkerSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Checks that a caller holds the secret of the worker id it names. The hashes are read from
 * the store (so every coordinator of one database knows every worker) and cached; the
 * comparison is of SHA-256 digests in constant time.
 */
export class WorkerCredentials {
  private readonly hashes = new Map<string, Buffer>();

  constructor(private readonly store: Pick<Store, 'workerSecretHash'>) {}

  remember(workerId: string, secretHash: string): void {
    this.hashes.set(workerId, Buffer.from(secretHash, 'hex'));
  }

  async verify(workerId: string, secret: string | undefined): Promise<void> {
    let expected = this.hashes.get(workerId);
    if (expected === undefined) {
      const stored = await this.store.workerSecretHash(workerId);
      // Unknown, or registered before credentials existed: the worker registers again.
      if (!stored) throw new UnknownWorkerError(workerId);
      expected = Buffer.from(stored, 'hex');
      this.hashes.set(workerId, expected);
    }
    if (!secret) throw new WorkerCredentialsError(workerId, 'missing worker_secret');
    const given = Buffer.from(hashWorkerSecret(secret), 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new WorkerCredentialsError(workerId, 'worker_secret does not match this worker id');
    }
  }
}
