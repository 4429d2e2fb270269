import type { GroupReport, RenderedPlot } from '@thresher/report';
import type { Scheduler, SweepStatusView } from '@thresher/scheduler';
import { UnknownSweepError } from '@thresher/store';
import type { HeavyReads, ThresholdFit } from '../read-thread/read-jobs';
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
  /** n*(t) at the fitted steps and the budget verdict (null before any curve is stored). */
  over_time: {
    n_star: { step: number; n_star: number | null; ci: { lo: number; hi: number } | null }[];
    budget: { verdict: string; text: string } | null;
  } | null;
  by_n: {
    n: number;
    done: number;
    running: number;
    failed: number;
    cancelled: number;
    /** Done trials whose training did not converge. */
    unconverged: number;
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
  detail: Promise<ThresholdFit>;
  /** Set once `detail` resolved: the entry can be served while a newer one is computed. */
  ready: boolean;
  plots?: Promise<RenderedPlot[]>;
}

/** Per sweep: the fit served now, and the newer one being computed, if any. */
interface FitSlot {
  current: FitEntry;
  next?: FitEntry;
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
    over_time: g.overTime
      ? {
          n_star: g.overTime.nStar.map((f) => ({ step: f.step, n_star: f.nStar, ci: f.ci })),
          budget: g.overTime.budget
            ? { verdict: g.overTime.budget.verdict, text: g.overTime.budget.text }
            : null,
        }
      : null,
    by_n: g.byN.map((s) => ({
      n: s.n,
      done: s.done,
      running: s.running,
      failed: s.failed,
      cancelled: s.cancelled,
      unconverged: s.unconverged,
      interp_ratio: s.metrics.interp_ratio,
    })),
  };
}

/**
 * What the dashboard shows, read through the scheduler (statuses, ETA) and the heavy reads
 * (threshold data and fit, plots, worker speed; on the read thread in the coordinator). Fits
 * and plots are cached per sweep and computed again only when trials finished and the last fit
 * is older than `fitMaxAgeMs`; until the new one is ready the last one is served
 * (stale-while-revalidate), so only a sweep's first fit is waited for.
 */
export class DashboardData {
  private readonly fits = new Map<string, FitSlot>();
  private readonly fitMaxAgeMs: number;
  private readonly resamples: number;
  private readonly speedWindowMs: number;
  private readonly statusMaxAgeMs: number;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly reads: HeavyReads,
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

  /** Live workers by id, a page at a time (the event stream sends the first page). */
  async workers(page: { after?: string; limit?: number } = {}): Promise<WorkerJson[]> {
    const now = new Date();
    const [workers, speeds] = await Promise.all([
      this.scheduler.listWorkers(page),
      this.reads.workerThroughput(new Date(now.getTime() - this.speedWindowMs)),
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
      const plots = await this.reads.thresholdPlots(fit.groups, `plot-${plotIdOf(name)}`);
      entry.costMs += performance.now() - t0;
      return plots;
    });
    // A failed rendering is tried again by the next request.
    entry.plots.catch(() => (entry.plots = undefined));
    return entry.plots;
  }

  private fitOf(view: SweepStatusView): FitEntry {
    const settled = view.done + view.failed + view.cancelled;
    const slot = this.fits.get(view.name);
    const now = Date.now();
    if (slot) {
      const inFlight = slot.next ?? (slot.current.ready ? undefined : slot.current);
      const latest = inFlight ?? slot.current;
      const maxAge = Math.max(this.fitMaxAgeMs, 20 * slot.current.costMs);
      const fresh = latest.settled === settled || now - latest.at < maxAge;
      // One fit at a time per sweep; the one being computed is waited for only if none is ready.
      if (!fresh && !inFlight) slot.next = this.startFit(view.name, settled, slot);
      return slot.current.ready ? slot.current : latest;
    }
    const created: FitSlot = { current: undefined as unknown as FitEntry };
    created.current = this.startFit(view.name, settled, created);
    this.fits.set(view.name, created);
    if (this.fits.size > MAX_CACHED_SWEEPS) {
      const oldest = this.fits.keys().next().value as string;
      this.fits.delete(oldest);
    }
    return created.current;
  }

  /** A fit computed now; it replaces the slot's current one once it is ready. */
  private startFit(name: string, settled: number, slot: FitSlot): FitEntry {
    const entry: FitEntry = {
      settled,
      at: Date.now(),
      costMs: 0,
      ready: false,
      detail: this.reads.thresholdFit(name, this.resamples),
    };
    entry.detail.then(
      (fit) => {
        entry.costMs += fit.ms;
        entry.ready = true;
        if (slot.next === entry) {
          slot.current = entry;
          slot.next = undefined;
        }
      },
      () => {
        // A failed read is not cached: the next request starts another.
        if (slot.next === entry) slot.next = undefined;
        else if (slot.current === entry && this.fits.get(name) === slot) this.fits.delete(name);
      },
    );
    return entry;
  }
}

/** A short id-safe token of a sweep name, for SVG ids on a page showing several sweeps. */
export function plotIdOf(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
