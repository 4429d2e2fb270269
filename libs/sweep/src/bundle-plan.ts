import type { TrialParams } from './param-schema';
import { bundleFlops, bundleMemoryBytes, trialFlops } from './trial-cost';
import { batchCompatibilityKey } from './trial-identity';

/** What bounds one bundle (one vectorized training run on a worker slot). */
export interface BundleLimits {
  /** Most trials. */
  maxTrials: number;
  /** Most flops, padding included: the slot's speed times the bundle's target duration. */
  maxFlops: number;
  /** Most bytes while training (the slot's memory budget). */
  maxBytes: number;
  /** Most padded work per useful work (1.15: at most 15% of the flops are on padding). */
  maxPadding: number;
}

export const DEFAULT_MAX_PADDING = 1.15;

/**
 * Picks a bundle from batch-compatible candidates, heaviest first: the first candidate
 * always goes (a trial larger than the limits still has to train, alone), each next one
 * joins when the bundle stays within every limit. Returns the indexes picked, in order.
 * Only candidates of the first one's batch key join (train-batch refuses mixed bundles): the
 * store selects candidates by the key's hash (`batchKeyHash`), which two keys could share.
 */
export function pickBundle(candidates: readonly TrialParams[], limits: BundleLimits): number[] {
  const first = candidates[0];
  if (first === undefined || limits.maxTrials < 1) return [];
  const picked = [0];
  let members: TrialParams[] = [first];
  let useful = trialFlops(first);
  const key = batchCompatibilityKey(first);
  for (let i = 1; i < candidates.length && picked.length < limits.maxTrials; i++) {
    const c = candidates[i] as TrialParams;
    if (batchCompatibilityKey(c) !== key) continue;
    const next = [...members, c];
    const nextUseful = useful + trialFlops(c);
    const padded = bundleFlops(next);
    if (padded > limits.maxPadding * nextUseful || padded > limits.maxFlops) continue;
    if (bundleMemoryBytes(next) > limits.maxBytes) continue;
    members = next;
    useful = nextUseful;
    picked.push(i);
  }
  return picked;
}

/** Work and padding of a bundle, for logs and benchmarks. */
export function bundleWork(trials: readonly TrialParams[]): {
  usefulFlops: number;
  paddedFlops: number;
  bytes: number;
} {
  let usefulFlops = 0;
  for (const t of trials) usefulFlops += trialFlops(t);
  return { usefulFlops, paddedFlops: bundleFlops(trials), bytes: bundleMemoryBytes(trials) };
}
