// The `thresher` binary's reusable parts, for programs and tests that drive it in process.
// The binary itself is dist/main.js (bin/thresher.js), which parses process.argv on load.
export { CliError, ExitCode } from './errors';
export { loadSweepFile, LARGE_GRID } from './load-sweep-file';
export { formatRows, type RowFormat } from './format-rows';
export {
  SweepProgressView,
  countsOf,
  describeStatus,
  formatEta,
  isSettled,
} from './sweep-progress';
export { writeReport, loadReportModel } from './commands/report';
export { appMain, startCoordinator, startWorker, stopProcess, type AppName } from './app-process';
