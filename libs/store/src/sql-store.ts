import type { CurvePoint } from '@thresher/sweep';
import type { Connection } from './connect';
import { StoreContext } from './store-context';
import { ReadOnlyStoreError } from './errors';
import * as sweeps from './sweep-ops';
import * as sweepInserts from './sweep-insert-ops';
import * as sweepLists from './sweep-list-ops';
import * as sweepWalks from './sweep-cancel-ops';
import * as queue from './queue-ops';
import * as completions from './complete-ops';
import * as workers from './worker-ops';
import * as reads from './read-ops';
import { sweepThresholdData } from './threshold-data';
import { iterateReportTrials, type ReportTrial, type ReportTrialsOptions } from './report-trials';
import { workerThroughput } from './worker-throughput';
import { searchRounds } from './search-round-ops';
import { slotUsage } from './slot-usage';
import type {
  AttemptRecord,
  CompletionOutcome,
  CompletionReport,
  FailureReport,
  HeartbeatRequest,
  HeartbeatResult,
  InsertSweepResult,
  Lease,
  LeaseRequest,
  NewSweep,
  SearchRoundRecord,
  SlotUsage,
  Store,
  SweepInsert,
  SweepInsertChunk,
  SweepInsertProgress,
  SweepRecord,
  SweepSummary,
  SweepThresholdData,
  SweepWalkOptions,
  ThresholdDataOptions,
  TrialCounts,
  TrialCurveRow,
  TrialResultRow,
  WorkerInfo,
  WorkerQuery,
  WorkerRecord,
  WorkerThroughput,
} from './store';

/** The one `Store` implementation: Kysely over SQLite or PostgreSQL. */
export class SqlStore implements Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly location: string;
  private readonly c: StoreContext;
  private closed = false;

  constructor(
    private readonly connection: Connection,
    readonly readonly: boolean,
  ) {
    this.dialect = connection.dialect.name;
    this.location = connection.location;
    this.c = new StoreContext(
      connection.db,
      connection.dialect,
      connection.location,
      connection.walks,
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.connection.close();
  }

  private writable(operation: string): StoreContext {
    if (this.readonly) throw new ReadOnlyStoreError(operation);
    return this.c;
  }

  async insertSweep(input: NewSweep): Promise<InsertSweepResult> {
    return sweeps.insertSweep(this.writable('insertSweep'), input);
  }
  async beginSweepInsert(input: SweepInsert): Promise<SweepInsertProgress> {
    return sweepInserts.beginSweepInsert(this.writable('beginSweepInsert'), input);
  }
  async insertSweepChunk(chunk: SweepInsertChunk) {
    return sweepInserts.insertSweepChunk(this.writable('insertSweepChunk'), chunk);
  }
  async pendingSweepInserts() {
    return sweepInserts.pendingSweepInserts(this.c);
  }
  async getSweep(name: string): Promise<SweepRecord | undefined> {
    return sweeps.getSweep(this.c, name);
  }
  async listSweeps(name?: string): Promise<SweepSummary[]> {
    return sweepLists.listSweeps(this.c, name);
  }
  async sweepCounts(name: string): Promise<TrialCounts> {
    return sweepLists.sweepCounts(this.c, name);
  }
  async cancelSweep(name: string, walk?: SweepWalkOptions): Promise<number> {
    return sweepWalks.cancelSweep(this.writable('cancelSweep'), name, walk);
  }
  async retryFailed(name: string, walk?: SweepWalkOptions): Promise<number> {
    return sweepWalks.retryFailed(this.writable('retryFailed'), name, walk);
  }

  async upsertWorker(worker: WorkerInfo, now: Date): Promise<void> {
    return workers.upsertWorker(this.writable('upsertWorker'), worker, now);
  }
  async workerSecretHash(workerId: string): Promise<string | null | undefined> {
    return workers.workerSecretHash(this.c, workerId);
  }
  async touchWorker(workerId: string, now: Date, state?: string): Promise<void> {
    return workers.touchWorker(this.writable('touchWorker'), workerId, now, state);
  }
  async listWorkers(query: WorkerQuery = {}): Promise<WorkerRecord[]> {
    return workers.listWorkers(this.c, query);
  }
  async countWorkers(seenSince: Date): Promise<number> {
    return workers.countWorkers(this.c, seenSince);
  }
  async slotUsage(since: Date): Promise<SlotUsage> {
    return slotUsage(this.c, since);
  }
  async searchRounds(sweep: string): Promise<SearchRoundRecord[]> {
    return searchRounds(this.c, sweep, this.readonly);
  }

  async leaseTrials(request: LeaseRequest): Promise<Lease[]> {
    return queue.leaseTrials(this.writable('leaseTrials'), request);
  }
  async heartbeat(request: HeartbeatRequest): Promise<HeartbeatResult> {
    return queue.heartbeat(this.writable('heartbeat'), request);
  }
  async completeAttempt(report: CompletionReport): Promise<CompletionOutcome> {
    const [outcome] = await completions.completeAttempts(this.writable('completeAttempt'), [
      report,
    ]);
    return outcome as CompletionOutcome;
  }
  async completeAttempts(reports: readonly CompletionReport[]): Promise<CompletionOutcome[]> {
    return completions.completeAttempts(this.writable('completeAttempts'), reports);
  }
  async failAttempt(report: FailureReport): Promise<'requeued' | 'failed' | 'ignored'> {
    return queue.failAttempt(this.writable('failAttempt'), report);
  }
  async expireLeases(now: Date, maxAttempts: number): Promise<number> {
    return queue.expireLeases(this.writable('expireLeases'), now, maxAttempts);
  }
  async releaseWorker(workerId: string, now: Date): Promise<number> {
    return queue.releaseWorker(this.writable('releaseWorker'), workerId, now);
  }

  async trialResults(sweep?: string): Promise<TrialResultRow[]> {
    return reads.trialResults(this.c, sweep);
  }
  async trialCurve(trialId: string): Promise<CurvePoint[]> {
    return reads.trialCurve(this.c, trialId);
  }
  async trialAttempts(trialId: string): Promise<AttemptRecord[]> {
    return reads.trialAttempts(this.c, trialId);
  }
  iterateTrialResults(sweep: string, pageSize?: number): AsyncIterable<TrialResultRow> {
    return reads.iterateTrialResults(this.c, sweep, pageSize);
  }
  iterateCurves(sweep: string, pageSize?: number): AsyncIterable<TrialCurveRow> {
    return reads.iterateCurves(this.c, sweep, pageSize);
  }
  async sweepThresholdData(
    sweep: string,
    options?: ThresholdDataOptions,
  ): Promise<SweepThresholdData> {
    return sweepThresholdData(this.c, sweep, options);
  }
  iterateReportTrials(sweep: string, options?: ReportTrialsOptions): AsyncIterable<ReportTrial> {
    return iterateReportTrials(this.c, sweep, options);
  }
  async workerThroughput(since: Date): Promise<WorkerThroughput[]> {
    return workerThroughput(this.c, since);
  }
}
