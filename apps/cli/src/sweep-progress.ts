import { escapeControl } from '@thresher/sweep';
import { SingleBar } from 'cli-progress';
import type { thresher } from '@thresher/proto';

type SweepStatus = thresher.v1.ISweepStatus;

/** Counts of one sweep, with proto3 defaults filled in. */
export function countsOf(status: SweepStatus) {
  const c = status.counts ?? {};
  return {
    pending: c.pending ?? 0,
    leased: c.leased ?? 0,
    done: c.done ?? 0,
    failed: c.failed ?? 0,
    cancelled: c.cancelled ?? 0,
    total: c.total ?? 0,
  };
}

/** Nothing pending or running, and every trial of the sweep stored (its insert complete). */
export function isSettled(status: SweepStatus): boolean {
  const c = countsOf(status);
  return c.pending === 0 && c.leased === 0 && status.inserting !== true;
}

/** "inserting 120000/1000000 trials | " while a large grid is still being stored, else "". */
export function insertingText(status: SweepStatus): string {
  if (status.inserting !== true) return '';
  return `inserting ${countsOf(status).total}/${status.expectedTrials ?? 0} trials | `;
}

export function formatEta(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '--';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** One line summary, used by `status` and when no terminal is attached. */
export function describeStatus(status: SweepStatus): string {
  const c = countsOf(status);
  const rate = status.trialStepsPerSecond ?? 0;
  return (
    `${escapeControl(status.name ?? '')} [${escapeControl(status.status ?? '')}] ${insertingText(status)}${c.done + c.failed + c.cancelled}/${c.total} settled: ` +
    `${c.done} done, ${c.leased} running, ${c.pending} pending, ${c.failed} failed, ${c.cancelled} cancelled | ` +
    `${formatRate(rate)} trial-steps/s | ETA ${formatEta(status.etaSeconds)}`
  );
}

function formatRate(rate: number): string {
  if (rate >= 1e6) return `${(rate / 1e6).toFixed(2)}M`;
  if (rate >= 1e3) return `${(rate / 1e3).toFixed(1)}k`;
  return rate.toFixed(0);
}

/** The live view shared by `run` and `status --watch`: a bar on a terminal, lines elsewhere. */
export class SweepProgressView {
  private readonly bar: SingleBar | undefined;
  private lastLine = 0;
  private started = false;

  constructor(private readonly interactive: boolean) {
    if (interactive) {
      this.bar = new SingleBar({
        format:
          '{bar} {percentage}% | {value}/{total} | running {running} | failed {failed} | {rate} trial-steps/s | ETA {etaText}',
        barCompleteChar: '\u2588',
        barIncompleteChar: '\u2591',
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 1,
      });
    }
  }

  update(status: SweepStatus): void {
    const c = countsOf(status);
    const payload = {
      running: c.leased,
      failed: c.failed,
      rate: formatRate(status.trialStepsPerSecond ?? 0),
      etaText: formatEta(status.etaSeconds),
    };
    const settled = c.done + c.failed + c.cancelled;
    if (this.bar) {
      if (this.bar.getTotal() !== c.total || !this.started) {
        if (!this.started) this.bar.start(c.total, settled, payload);
        else this.bar.setTotal(c.total);
        this.started = true;
      }
      this.bar.update(settled, payload);
    } else if (Date.now() - this.lastLine > 5_000 || isSettled(status)) {
      this.lastLine = Date.now();
      process.stderr.write(`${describeStatus(status)}\n`);
    }
  }

  stop(): void {
    this.bar?.stop();
  }
}
