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
