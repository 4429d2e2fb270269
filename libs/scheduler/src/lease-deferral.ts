/** The longest a worker is told to wait for its next bundle while the coordinator catches up. */
export const MAX_LEASE_DEFERRAL_MS = 1_000;

/**
 * How long a worker asking for a bundle should come back after (0: hand it one now), given how
 * late the coordinator's event loop runs (`lagMs`, `LoopLag`: about what a call arriving now
 * waits before it is read) and the most it should (`targetMs`; 0 turns the gate off). Each
 * bundle handed out brings its completions and heartbeats into that backlog; past the target,
 * holding new bundles back is what shortens it (every call waits less), while the bundles
 * already out keep the coordinator busy. The wait is about twice the lag, time for the backlog
 * to drain, jittered so that the deferred workers do not come back together.
 */
export function leaseDeferralMs(
  lagMs: number,
  targetMs: number,
  random: () => number = Math.random,
): number {
  if (targetMs <= 0 || !(lagMs > targetMs)) return 0;
  const base = Math.min(MAX_LEASE_DEFERRAL_MS, Math.max(2 * targetMs, 2 * lagMs));
  return Math.max(1, Math.round(base * (0.75 + 0.5 * random())));
}
