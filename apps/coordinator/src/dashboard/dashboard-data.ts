import type { GroupReport, RenderedPlot } from '@thresher/report';
import type { Scheduler, SweepStatusView } from '@thresher/scheduler';
import { UnknownSweepError } from '@thresher/store';
import type { HeavyReads, ThresholdFit } from '../read-thread/read-jobs';
import type { StatusFeed } from '../status-feed';
import { PendingRead } from './pending-read';
import {
  fittingJson,
  sweepJson,
  workerJson,
  type PlotsFittingJson,
  type SweepFittingJson,
  type SweepJson,
  type WorkerJson,
} from './sweep-json';

export interface SweepDetailJson extends SweepJson {
  /** Always false here; true in the 202 answer while the first fit is computed. */
  fitting: false;
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
  /**
   * Longest time a request waits for a fit (or plots) that is not ready yet before it is
   * answered 202 "fitting" (default 50 ms): every answer stays within the coordinator's 100 ms
   * aim for its calls, at the price of a small sweep's first view showing "fitting..." for a
   * second (the shortest Retry-After) where its first fit takes ~200 ms.
   */
  fitWaitMs?: number;
}

/**
 * An answer that may still be computing: `fitting` is answered 202 with `Retry-After:
 * retryAfterS` and the computation goes on for the next request.
 */
export type MaybeFitting<T, F> =
  { fitting: false; body: T } | { fitting: true; body: F; retryAfterS: number };

interface FitEntry {
  /** Finished trials when the fit was computed: a new fit is needed only when it changes. */
  settled: number;
  at: number;
  /** What computing the fit (and rendering its plots) took. */
  costMs: number;
  detail: PendingRead<ThresholdFit>;
  /** Set once `detail` resolved: the entry can be served while a newer one is computed. */
  ready: boolean;
  plots?: PendingRead<RenderedPlot[]>;
}

/** What a sweep's last fit and plots took: the expected time of the next (Retry-After). */
interface LastCost {
  fitMs?: number;
  plotsMs?: number;
}

/** Per sweep: the fit served now, and the newer one being computed, if any. */
interface FitSlot {
  current: FitEntry;
  next?: FitEntry;
}

const MAX_CACHED_SWEEPS = 64;
const MAX_REMEMBERED_COSTS = 4 * MAX_CACHED_SWEEPS;

/** A group as `GET /api/sweeps/NAME` gives it. */
export function groupJson(g: GroupReport): GroupJson {
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
 * (stale-while-revalidate), so only a sweep's first fit is waited for, and that for at most
 * `fitWaitMs`: then the request is answered "fitting" (202) and the fit goes on for the next.
 */
export class DashboardData {
  private readonly fits = new Map<string, FitSlot>();
  /** Outlives the cached fits (evicted, or failed): the Retry-After of a sweep's next first fit. */
  private readonly costs = new Map<string, LastCost>();
  private readonly fitWaitMs: number;
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
    this.fitWaitMs = options.fitWaitMs ?? 50;
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

  /**
   * One sweep with its groups and their fits (UnknownSweepError if there is none), or, while
   * its first fit is computed past `fitWaitMs`, its status with `fitting: true`.
   */
  async sweep(name: string): Promise<MaybeFitting<SweepDetailJson, SweepFittingJson>> {
    const view = await this.statusOf(name);
    const entry = this.fitOf(view);
    const got = await entry.detail.within(this.fitWaitMs);
    if (!got) {
      const retryAfterS = entry.detail.retryAfterS();
      return {
        fitting: true,
        body: { ...sweepJson(view), ...fittingJson(entry.detail.elapsedMs(), retryAfterS) },
        retryAfterS,
      };
    }
    const fit = got.value;
    return {
      fitting: false,
      body: {
        ...sweepJson(view),
        fitting: false,
        varying_params: fit.varying,
        groups: fit.groups.map(groupJson),
        fitted_at: new Date(entry.at).toISOString(),
        fit_ms: Math.round(fit.ms * 10) / 10,
      },
    };
  }

  /**
   * The sweep's interp_ratio plots, rendered to SVG from the cached fit, or, while the fit or
   * the plots are computed past `fitWaitMs`, `fitting: true`.
   */
  async plots(name: string): Promise<MaybeFitting<RenderedPlot[], PlotsFittingJson>> {
    const entry = this.fitOf(await this.statusOf(name));
    if (entry.plots?.failed) {
      // A failed rendering is tried again by the next request, once a request has heard of it.
      const failed = entry.plots;
      entry.plots = undefined;
      failed.throwIfUnreported();
    }
    if (!entry.plots) {
      const last = this.costs.get(name);
      // The fit still to come (if it is not ready) and the rendering, as they took last time.
      const fitMs = entry.ready ? 0 : last?.fitMs;
      const expectedMs =
        fitMs === undefined || last?.plotsMs === undefined ? undefined : fitMs + last.plotsMs;
      const rendering = entry.detail.promise.then(async (fit) => {
        const t0 = performance.now();
        const plots = await this.reads.thresholdPlots(fit.groups, `plot-${plotIdOf(name)}`);
        const ms = performance.now() - t0;
        entry.costMs += ms;
        this.remember(name, { plotsMs: ms });
        return plots;
      });
      entry.plots = new PendingRead(rendering, expectedMs);
    }
    const plots = entry.plots;
    const got = await plots.within(this.fitWaitMs);
    if (!got) {
      const retryAfterS = plots.retryAfterS();
      return {
        fitting: true,
        body: { name, ...fittingJson(plots.elapsedMs(), retryAfterS) },
        retryAfterS,
      };
    }
    return { fitting: false, body: got.value };
  }

  private fitOf(view: SweepStatusView): FitEntry {
    const settled = view.done + view.failed + view.cancelled;
    let slot = this.fits.get(view.name);
    if (slot?.current.detail.failed) {
      // The first fit failed. A request that was answered "fitting" for it hears of the failure
      // from the next one (an error, not "fitting" again); the one after starts another fit.
      this.fits.delete(view.name);
      slot.current.detail.throwIfUnreported();
      slot = undefined;
    }
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
      detail: new PendingRead(
        this.reads.thresholdFit(name, this.resamples),
        this.costs.get(name)?.fitMs,
      ),
    };
    entry.detail.promise.then(
      (fit) => {
        entry.costMs += fit.ms;
        entry.ready = true;
        this.remember(name, { fitMs: fit.ms });
        if (slot.next === entry) {
          slot.current = entry;
          slot.next = undefined;
        }
      },
      () => {
        // A failed read is not cached: the next request starts another (a failed first fit
        // stays in its slot until a request has heard of it; see fitOf).
        if (slot.next === entry) slot.next = undefined;
      },
    );
    return entry;
  }

  private remember(name: string, cost: LastCost): void {
    const merged = { ...this.costs.get(name), ...cost };
    this.costs.delete(name);
    this.costs.set(name, merged);
    if (this.costs.size > MAX_REMEMBERED_COSTS) {
      this.costs.delete(this.costs.keys().next().value as string);
    }
  }
}

/** A short id-safe token of a sweep name, for SVG ids on a page showing several sweeps. */
export function plotIdOf(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
