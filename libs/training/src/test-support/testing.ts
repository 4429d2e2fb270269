/**
 * What other projects' tests may use of libs/training's test support (`@thresher/training/testing`,
 * resolved to source under the `@thresher/source` condition; never built into dist): the
 * float64 reference runner and the metric-by-metric comparison of a trial with it.
 */
export * from './reference';
export * from './trial-check';
