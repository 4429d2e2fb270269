import { ThresherError } from '@thresher/sweep';

/** Typed errors of the report lib: each has a stable `code` and optional `cause`. */
export abstract class ReportError extends ThresherError {
  /** Reports are pure computations: retrying the same input gives the same error. */
  readonly retryable: boolean = false;
}

/** The rows handed to `buildReport` cannot be used (bad sweep name, malformed row). */
export class InvalidReportInputError extends ReportError {
  override readonly name = 'InvalidReportInputError';
  readonly code = 'INVALID_REPORT_INPUT';
  constructor(
    readonly field: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`invalid report input (${field}): ${message}`, options);
  }
}

/** An unknown output format was asked of `renderReport`. */
export class UnsupportedFormatError extends ReportError {
  override readonly name = 'UnsupportedFormatError';
  readonly code = 'UNSUPPORTED_FORMAT';
  constructor(readonly format: string) {
    super(`unsupported report format "${format}" (expected html, md or json)`);
  }
}

/** Vega / Vega-Lite failed to compile or render one plot. */
export class PlotRenderError extends ReportError {
  override readonly name = 'PlotRenderError';
  readonly code = 'PLOT_RENDER_FAILED';
  constructor(
    readonly plot: string,
    options?: { cause?: unknown },
  ) {
    const detail = options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super(`could not render plot "${plot}"${detail}`, options);
  }
}
