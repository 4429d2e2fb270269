import { createHash } from 'node:crypto';
import { PARAM_NAMES, type TrialParams } from './param-schema';

/**
 * Canonical JSON of complete parameters: keys in PARAM_NAMES order, numbers in
 * JavaScript's shortest round-trip form. Equal parameters give equal strings.
 */
export function canonicalParamsJson(params: TrialParams): string {
  const ordered: Record<string, unknown> = {};
  for (const name of PARAM_NAMES) ordered[name] = params[name];
  return JSON.stringify(ordered);
}

/** A trial's identity: the first 128 bits of SHA-256 of its canonical JSON, in hex. */
export function trialId(params: TrialParams): string {
  return createHash('sha256').update(canonicalParamsJson(params)).digest('hex').slice(0, 32);
}

/**
 * Trials with equal keys can be trained together as one vectorized batch: they share
 * the tensor shapes that cannot be padded or masked and the training schedule.
 */
export function batchCompatibilityKey(params: TrialParams): string {
  const { d, bias, activation, optimizer, steps, record_every, test_size } = params;
  return JSON.stringify([d, bias, activation, optimizer, steps, record_every, test_size]);
}

/**
 * A batch key as a number a database indexes in 8 bytes: the first 48 bits of SHA-256 of the
 * key (an exact integer in a double). Equal keys give equal hashes; two keys could share one,
 * so whoever groups by it checks the keys too (pickBundle does).
 */
export function batchKeyHash(key: string): number {
  return createHash('sha256').update(key).digest().readUIntBE(0, 6);
}
