/** One problem in a sweep file, located by a dotted path such as `grid.n[2]`. */
export interface SweepIssue {
  path: string;
  message: string;
}

/** The sweep file is malformed or names impossible values. Never retryable. */
export class SweepValidationError extends Error {
  override readonly name = 'SweepValidationError';
  readonly retryable = false;
  constructor(
    readonly issues: SweepIssue[],
    readonly source?: string,
    options?: { cause?: unknown },
  ) {
    super(formatIssues(issues, source), options);
  }
}

/** The expanded grid is larger than the caller allowed. */
export class SweepTooLargeError extends Error {
  override readonly name = 'SweepTooLargeError';
  readonly retryable = false;
  constructor(
    readonly trials: number,
    readonly limit: number,
  ) {
    super(`the grid expands to ${trials} trials, more than ${limit}; pass --yes to accept`);
  }
}

function formatIssues(issues: SweepIssue[], source?: string): string {
  const where = source ? `${source}: ` : '';
  if (issues.length === 1) {
    const [only] = issues as [SweepIssue];
    return `${where}invalid sweep: ${only.path ? `${only.path}: ` : ''}${only.message}`;
  }
  const lines = issues.map((i) => `  - ${i.path ? `${i.path}: ` : ''}${i.message}`);
  return `${where}invalid sweep (${issues.length} problems):\n${lines.join('\n')}`;
}
