import {
  buildLiveThreshold,
  renderThresholdPlots,
  type GroupReport,
  type RenderedPlot,
} from '@thresher/report';
import type { Scheduler, SweepStatusView } from '@thresher/scheduler';
import { UnknownSweepError, type Store } from '@thresher/store';
import type { StatusFeed } from '../status-feed';
import { sweepJson, workerJson, type SweepJson, type WorkerJson } from './sweep-json';

export interface SweepDetailJson extends SweepJson {
  varying_params: string[];
  groups: GroupJson[];
  /** When the fit was computed (it is cached briefly; see `fitMaxAgeMs`). */
  fitted_at: string;
  fit_ms: number;
}

export interface GroupJson {
  id: string;
  label: string;
  family: string;
  params: GroupReport['params'];
  counts: GroupReport['counts'];
  threshold: Omit<GroupReport['threshold'], 'verdictText'> & { verdict_text: string };
  by_n: {
    n: number;
    done: number;
    running: number;
    failed: number;
    cancelled: number;
    interp_ratio: { mean: number; lo: number | null; hi: number | null; count: number } | null;
  }[];
}

export interface DashboardDataOptions {
  /**
   * A fit younger than this is served even if trials finished since (default 2 s; at least 20
   * times what the last fit and plots took, so that they stay under ~5% of the time).
   */
  fitMaxAgeMs?: number;
  /** Statuses younger than this are served from the feed's last read (default 1 s). */
  statusMaxAgeMs?: number;
  /** Bootstrap resamples of the live fit (default 1000, as the report). */
  bootstrapResamples?: number;
  /** Window of the workers' measured speed (default 60 s). */
  speedWindowMs?: number;
}

interface FitEntry {
  /** Finished trials when the fit was computed: a new fit is needed only when it changes. */
  settled: number;
  at: number;
  /** What computing the fit (and rendering its plots) took. */
  costMs: number;
  detail: Promise<{ groups: GroupReport[]; varying: string[]; ms: number }>;
  plots?: Promise<RenderedPlot[]>;
}

const MAX_CACHED_SWEEPS = 64;

function groupJson(g: GroupReport): GroupJson {
  const { verdictText, ...threshold } = g.threshold;
  return {
    id: g.id,
    label: g.label,
    family: g.family,
    params: g.params,
    counts: g.counts,
    threshold: { ...threshold, verdict_text: verdictText },
    by_n: g.byN.map((s) => ({
      n: s.n,
      done: s.done,
      running: s.running,
      failed: s.failed,
      cancelled: s.cancelled,
      interp_ratio: s.metrics.interp_ratio,
    })),
  };
}

/**
 * What the dashboard shows, read through the scheduler (statuses, ETA) and the store's
 * aggregate reads (threshold data, worker speed). Fits and plots are cached per sweep and
 * computed again only when trials finished and the last fit is older than `fitMaxAgeMs`.
 */
export class DashboardData {
  private readonly fits = new Map<string, FitEntry>();
  private readonly fitMaxAgeMs: number;
  private readonly resamples: number;
  private readonly speedWindowMs: number;
  private readonly statusMaxAgeMs: number;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly store: Store,
    private readonly feed: StatusFeed,
    options: DashboardDataOptions = {},
  ) {
    this.fitMaxAgeMs = options.fitMaxAgeMs ?? 2_000;
    this.statusMaxAgeMs = options.statusMaxAgeMs ?? 1_000;
    this.resamples = options.bootstrapResamples ?? 1000;
    this.speedWindowMs = options.speedWindowMs ?? 60_000;
  }

  async sweeps(): Promise<SweepJson[]> {
    return (await this.feed.snapshot(this.statusMaxAgeMs)).map(sweepJson);
  }

  private async statusOf(name: string): Promise<SweepStatusView> {
    const view = (await this.feed.snapshot(this.statusMaxAgeMs)).find((v) => v.name === name);
    if (!view) throw new UnknownSweepError(name);
    return view;
  }

  async workers(): Promise<WorkerJson[]> {
    const now = new Date();
    const [workers, speeds] = await Promise.all([
      this.scheduler.listWorkers(),
      this.store.workerThroughput(new Date(now.getTime() - this.speedWindowMs)),
    ]);
    const byId = new Map(speeds.map((s) => [s.workerId, s]));
    return workers.map((w) => workerJson(w, byId.get(w.workerId), now, this.speedWindowMs));
  }

  /** One sweep with its groups and their fits (UnknownSweepError if there is none). */
  async sweep(name: string): Promise<SweepDetailJson> {
    const view = await this.statusOf(name);
    const entry = this.fitOf(view);
    const fit = await entry.detail;
    return {
      ...sweepJson(view),
      varying_params: fit.varying,
      groups: fit.groups.map(groupJson),
      fitted_at: new Date(entry.at).toISOString(),
      fit_ms: Math.round(fit.ms * 10) / 10,
    };
  }

  /** The sweep's interp_ratio plots, rendered to SVG from the cached fit. */
  async plots(name: string): Promise<RenderedPlot[]> {
    const entry = this.fitOf(await this.statusOf(name));
    entry.plots ??= entry.detail.then(async (fit) => {
      const t0 = performance.now();
      const plots = await renderThresholdPlots({ groups: fit.groups }, `plot-${plotIdOf(name)}`);
      entry.costMs += performance.now() - t0;
      return plots;
    });
    return entry.plots;
  }

  private fitOf(view: SweepStatusView): FitEntry {
    const settled = view.done + view.failed + view.cancelled;
    const cached = this.fits.get(view.name);
    const now = Date.now();
    const maxAge = Math.max(this.fitMaxAgeMs, 20 * (cached?.costMs ?? 0));
    if (cached && (cached.settled === settled || now - cached.at < maxAge)) return cached;
    const entry: FitEntry = { settled, at: now, costMs: 0, detail: this.computeFit(view.name) };
    void entry.detail.then(
      (fit) => (entry.costMs += fit.ms),
      () => undefined,
    );
    // A failed read is not cached.
    entry.detail.catch(() => {
      if (this.fits.get(view.name) === entry) this.fits.delete(view.name);
    });
    this.fits.delete(view.name);
    this.fits.set(view.name, entry);
    if (this.fits.size > MAX_CACHED_SWEEPS) {
      const oldest = this.fits.keys().next().value as string;
      this.fits.delete(oldest);
    }
    return entry;
  }

  private async computeFit(name: string) {
    const t0 = performance.now();
    const data = await this.store.sweepThresholdData(name);
    const model = buildLiveThreshold({ ...data, bootstrapResamples: this.resamples });
    return { groups: model.groups, varying: model.varyingParams, ms: performance.now() - t0 };
  }
}

/** A short id-safe token of a sweep name, for SVG ids on a page showing several sweeps. */
export function plotIdOf(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
