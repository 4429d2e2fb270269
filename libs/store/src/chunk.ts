/** Splits rows into batches whose bound parameters stay under a statement's limit. */
export function chunkRows<T>(
  rows: readonly T[],
  columns: number,
  maxParameters: number,
  cap = 1000,
): T[][] {
  const size = Math.max(1, Math.min(cap, Math.floor(maxParameters / Math.max(1, columns))));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * The next size of a chunk that took `ms` at `size`, aiming at `targetMs` a chunk: scaled by
 * target / taken, by at most 2x either way a step (one slow commit does not collapse it), within
 * [min, max]. Background walks (a sweep's insert, cancel, retry) size their transactions so.
 */
export function nextChunkSize(
  size: number,
  ms: number,
  targetMs: number,
  bounds: { min: number; max: number },
): number {
  const scale = Math.min(2, Math.max(0.5, targetMs / Math.max(1, ms)));
  return Math.round(Math.min(bounds.max, Math.max(bounds.min, size * scale)));
}
