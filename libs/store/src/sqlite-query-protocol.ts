/** Messages between runSqliteQuery and its query process (sqlite-query-child). */
export type ToQueryChild =
  | { type: 'run'; path: string; text: string; batch: number }
  /** The parent is ready for one more batch of rows. */
  | { type: 'more' };

export type FromQueryChild =
  | { type: 'columns'; columns: string[] }
  | { type: 'rows'; rows: unknown[][] }
  | {
      type: 'error';
      stage: 'open' | 'prepare' | 'not-read-only' | 'run';
      message: string;
      code?: string;
    }
  | { type: 'end' };
