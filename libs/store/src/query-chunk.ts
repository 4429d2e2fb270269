/**
 * A part of a query's answer: every query yields at least one chunk (the first may have
 * no rows), all with the same columns.
 */
export interface QueryChunk {
  columns: string[];
  rows: unknown[][];
}
