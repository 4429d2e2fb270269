import { MAX_REQUEST_BYTES } from '@thresher/proto';

/**
 * Consecutive groups whose sizes add up to at most the coordinator's CompleteTrials limit
 * (less room for the worker id); an item over it alone goes in a group of its own.
 */
export function chunkByBytes<T>(items: readonly T[], bytes: (item: T) => number): T[][] {
  const budget = MAX_REQUEST_BYTES.completeTrials - 1024;
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = bytes(item);
    if (current.length > 0 && used + size > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
