import { ThresherError } from './thresher-error';

/** One problem in a sweep file, located by a dotted path such as `grid.n[2]`. */
export interface SweepIssue {
  path: string;
  message: string;
}

/** The sweep file is malformed or names impossible values. Never retryable. */
export class SweepValidationError extends ThresherError {
  override readonly name = 'SweepValidationError';
  readonly code = 'SWEEP_INVALID';
  readonly retryable = false;
  constructor(
    readonly issues: SweepIssue[],
    readonly source?: string,
    options?: { cause?: unknown },
  ) {
    super(formatIssues(issues, source), options);
  }
}

/**
 * The sweep is larger than a limit allows (trials, values on one axis, bytes, nesting).
 * `limit` names the limit; `size` is what was asked for.
 */
export class SweepTooLargeError extends ThresherError {
  override readonly name = 'SweepTooLargeError';
  readonly code = 'SWEEP_TOO_LARGE';
  readonly retryable = false;
  constructor(
    readonly size: number,
    readonly max: number,
    readonly limit: string = 'trials per sweep',
    hint = '',
  ) {
    super(
      limit === 'trials per sweep'
        ? `the grid expands to ${size} trials, more than ${max} (limit: ${limit})${hint}`
        : `${limit}: ${size} is more than the limit of ${max}${hint}`,
    );
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
