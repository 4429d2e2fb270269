import {
  buildLiveThreshold,
  overTimeSteps,
  renderThresholdPlots,
  type GroupReport,
  type RenderedPlot,
} from '@thresher/report';
import type { Store, SweepSummary, WorkerThroughput } from '@thresher/store';

/**
 * Seeds per group and n whose trials the live fit reads one by one; past it, every k-th seed.
 * 200 seeds give the interval's width to about 5% (1 / sqrt(2 * 200)), and the dashboard
 * bench's 100 000 trials (500 seeds per n) read every third seed.
 */
export const LIVE_MAX_SEEDS = 200;

/** The reads that are too heavy for the coordinator's event loop at 100 000 trials. */
export interface HeavyReads {
  listSweeps(only?: string): Promise<SweepSummary[]>;
  /** The live threshold of one sweep: store aggregates and the bootstrap fit. */
  thresholdFit(sweep: string, bootstrapResamples: number): Promise<ThresholdFit>;
  /** The interp_ratio plots of a fit, rendered to SVG. */
  thresholdPlots(groups: GroupReport[], idPrefix: string): Promise<RenderedPlot[]>;
  workerThroughput(since: Date): Promise<WorkerThroughput[]>;
  close(): Promise<void>;
}

export interface ThresholdFit {
  groups: GroupReport[];
  varying: string[];
  /** What reading and fitting took. */
  ms: number;
}

/** The heavy reads on `store`, in the calling thread (the read thread, or inline). */
export function heavyReadsOn(store: Store, ownsStore = false): HeavyReads {
  return {
    listSweeps: (only) => store.listSweeps(only),
    async thresholdFit(sweep, bootstrapResamples) {
      const t0 = performance.now();
      // Curves are read only at the steps n*(t) fits (about 20 per group), and per-trial data
      // of at most LIVE_MAX_SEEDS seeds per n: a million trials send their per-n moments and a
      // bounded subsample (docs/science.md, "Intervals of very large sweeps").
      const data = await store.sweepThresholdData(sweep, {
        curveSteps: overTimeSteps,
        maxSeeds: LIVE_MAX_SEEDS,
      });
      const model = buildLiveThreshold({ ...data, bootstrapResamples });
      return { groups: model.groups, varying: model.varyingParams, ms: performance.now() - t0 };
    },
    thresholdPlots: (groups, idPrefix) => renderThresholdPlots({ groups }, idPrefix),
    workerThroughput: (since) => store.workerThroughput(since),
    close: async () => {
      if (ownsStore) await store.close();
    },
  };
}

/** A call of one HeavyReads method, as it crosses to the read thread. */
export type ReadJob =
  | { id: number; method: 'listSweeps'; args: [string | undefined] }
  | { id: number; method: 'thresholdFit'; args: [string, number] }
  | { id: number; method: 'thresholdPlots'; args: [GroupReport[], string] }
  | { id: number; method: 'workerThroughput'; args: [Date] };

/** An error as it crosses back: its class is rebuilt from `code` on the other side. */
export interface ReadFailure {
  code: string;
  retryable: boolean;
  message: string;
  fields: Record<string, unknown>;
}

export type ReadReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ReadFailure };
