import type { Metadata } from '@grpc/grpc-js';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AuthenticationError } from './errors';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether a candidate equals `secret`, compared in constant time (over fixed-size digests). */
export function secretMatcher(secret: string): (candidate: string) => boolean {
  const expected = digest(secret);
  return (candidate) => timingSafeEqual(digest(candidate), expected);
}

/** Checks `authorization: Bearer <token>` in constant time; no token configured = open. */
export function createTokenCheck(token: string | undefined): (metadata: Metadata) => void {
  if (!token) return () => undefined;
  const matches = secretMatcher(token);
  return (metadata) => {
    const header = metadata.get('authorization')[0];
    if (header === undefined)
      throw new AuthenticationError('missing authorization metadata (Bearer token)');
    const match = /^Bearer (.+)$/.exec(String(header));
    if (!match || !matches(match[1] as string)) {
      throw new AuthenticationError('invalid token');
    }
  };
}
