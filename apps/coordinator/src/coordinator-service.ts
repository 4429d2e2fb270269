import { status } from '@grpc/grpc-js';
import type * as grpc from '@grpc/grpc-js';
import {
  MalformedRequest,
  curveFromProto,
  metricsFromProto,
  paramsToProto,
  type CoordinatorMethodName,
  type DecodedRequestOf,
  type DecodedStreamRequestOf,
  type ResponseInputOf,
  type StreamMessageInputOf,
  type thresher,
} from '@thresher/proto';
import { MAX_WORKERS_PAGE, type Scheduler, type SweepStatusView } from '@thresher/scheduler';
import type { CompletionOutcome } from '@thresher/store';
import { pb } from '@thresher/proto';
import { MAX_CURVE_POINTS, SWEEP_LIMITS, errorCode } from '@thresher/sweep';
import { BadRequestError, RequestTooLargeError, isServerFault, toStatus } from './errors';
import { refuseOversized } from './request-size';
import type { StatusFeed } from './status-feed';
import {
  attemptId,
  attemptIdList,
  boundedInt,
  nonNegativeFinite,
  optionalString,
  requiredString,
} from './validate-request';

type Handler<K extends CoordinatorMethodName> = (
  request: DecodedRequestOf<K>,
) => Promise<ResponseInputOf<K>>;
type Handlers = { [K in CoordinatorMethodName]: Handler<K> };

export interface ServiceContext {
  scheduler: Scheduler;
  feed: StatusFeed;
  checkToken: (metadata: grpc.Metadata) => void;
  log: (line: string) => void;
}

const MAX_ATTEMPTS_PER_CALL = 10_000;
const MAX_CAPACITY = 100_000;

/**
 * The gRPC handlers: they only check the token, translate and validate messages, call
 * the scheduler, and map typed errors to status codes. No request can crash the server.
 */
export function createCoordinatorService(ctx: ServiceContext): grpc.UntypedServiceImplementation {
  const handlers = createHandlers(ctx.scheduler);
  const implementation: grpc.UntypedServiceImplementation = {};
  for (const key of Object.keys(handlers) as CoordinatorMethodName[]) {
    const handler = handlers[key] as (request: unknown) => Promise<unknown>;
    implementation[key] = ((
      call: grpc.ServerUnaryCall<unknown, unknown>,
      callback: grpc.sendUnaryData<unknown>,
    ) => {
      const fail = (err: unknown) => {
        const s = toStatus(err);
        if (isServerFault(s.code))
          ctx.log(`${key} failed: ${(err as Error)?.stack ?? String(err)}`);
        callback(s);
      };
      try {
        ctx.checkToken(call.metadata);
        refuseOversized(call.request);
        if (call.request instanceof MalformedRequest) {
          throw new BadRequestError(
            '',
            `malformed ${call.request.messageType}: ${call.request.reason}`,
          );
        }
        handler(call.request).then((response) => callback(null, response), fail);
      } catch (err) {
        fail(err);
      }
    }) as grpc.handleUnaryCall<unknown, unknown>;
  }
  implementation['watchSweep'] = ((call: grpc.ServerWritableStream<unknown, unknown>) => {
    let stop: (() => void) | undefined;
    let ended = false;
    const fail = (err: unknown) => {
      if (ended) return;
      ended = true;
      const s = toStatus(err);
      if (isServerFault(s.code))
        ctx.log(`watchSweep failed: ${(err as Error)?.stack ?? String(err)}`);
      call.emit('error', s);
    };
    try {
      ctx.checkToken(call.metadata);
      refuseOversized(call.request);
      const req = call.request as DecodedStreamRequestOf<'watchSweep'> | MalformedRequest;
      if (req instanceof MalformedRequest) {
        throw new BadRequestError('', `malformed ${req.messageType}: ${req.reason}`);
      }
      const name = requiredString(req.name, 'name');
      const interval = boundedInt(req.minIntervalMs ?? 0, 'min_interval_ms', 0, 3_600_000);
      stop = ctx.feed.watch(name, interval, {
        send: (view) => {
          if (!ended) call.write(statusMessage(view));
        },
        fail,
        end: () => {
          if (ended) return;
          ended = true;
          call.end();
        },
      });
      call.on('cancelled', () => {
        ended = true;
        stop?.();
      });
    } catch (err) {
      stop?.();
      fail(err);
    }
  }) as grpc.handleServerStreamingCall<unknown, unknown>;
  return implementation;
}

function statusMessage(
  s: SweepStatusView,
): ResponseInputOf<'getSweepStatus'> & StreamMessageInputOf<'watchSweep'> {
  return {
    name: s.name,
    status: s.status,
    counts: {
      pending: s.pending,
      leased: s.leased,
      done: s.done,
      failed: s.failed,
      cancelled: s.cancelled,
      total: s.total,
    },
    trialsPerSecond: s.trialsPerSecond,
    trialStepsPerSecond: s.trialStepsPerSecond,
    etaSeconds: s.etaSeconds ?? null,
    stepsDone: s.stepsDone,
    stepsTotal: s.stepsTotal,
    createdAtMs: s.createdAt.getTime(),
    inserting: s.inserting,
    expectedTrials: s.expectedTrials,
  };
}

const COMPLETION_STATUS: Readonly<Record<CompletionOutcome, number>> = {
  recorded: pb.CompletionStatus.COMPLETION_STATUS_RECORDED,
  duplicate: pb.CompletionStatus.COMPLETION_STATUS_DUPLICATE,
  late: pb.CompletionStatus.COMPLETION_STATUS_LATE,
};

function completionStatus(r: CompletionOutcome): number {
  return COMPLETION_STATUS[r];
}

/** A validated completion; `at` prefixes field names (`results[3].`). */
function completionInput(
  req: thresher.v1.ICompleteTrialRequest,
  workerId: string,
  at: string,
): Parameters<Scheduler['completeTrial']>[0] {
  // No curve holds more points than the sweep limits allow: refused before it is converted.
  const points = req.curve?.step?.length ?? 0;
  if (points > MAX_CURVE_POINTS + 1) {
    throw new RequestTooLargeError(`${at}curve`, 'points of a curve', points, MAX_CURVE_POINTS + 1);
  }
  return {
    workerId,
    attemptId: attemptId(req.attemptId, `${at}attempt_id`),
    metrics: metricsFromProto(req.metrics, `${at}metrics`),
    curve: curveFromProto(req.curve, `${at}curve`),
    wallMs: nonNegativeFinite(req.wallMs, `${at}wall_ms`),
    backend: requiredString(req.backend, `${at}backend`, 64),
    codeVersion: optionalString(req.codeVersion, `${at}code_version`, 128) || undefined,
  };
}

function createHandlers(scheduler: Scheduler): Handlers {
  /** The worker id of a worker call, once its secret proved it (WORKER_UNAUTHENTICATED). */
  const verified = async (req: { workerId?: string | null; workerSecret?: string | null }) => {
    const workerId = requiredString(req.workerId, 'worker_id');
    await scheduler.verifyWorker(workerId, optionalString(req.workerSecret, 'worker_secret', 128));
    return workerId;
  };
  return {
    async submitSweep(req) {
      const text = requiredString(req.specJson, 'spec_json', Number.MAX_SAFE_INTEGER);
      const bytes = Buffer.byteLength(text, 'utf8');
      if (bytes > SWEEP_LIMITS.maxBytes) {
        throw new RequestTooLargeError(
          'spec_json',
          'bytes of a sweep',
          bytes,
          SWEEP_LIMITS.maxBytes,
        );
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (err) {
        throw new BadRequestError('spec_json', `not JSON: ${(err as Error).message}`, {
          cause: err,
        });
      }
      const source = optionalString(req.fileName, 'file_name', 1024) || undefined;
      const r = await scheduler.submitSweep(raw, source);
      return {
        name: r.name,
        inserted: r.inserted,
        existing: r.existing,
        total: r.total,
        inserting: r.inserting,
      };
    },

    async getSweepStatus(req) {
      return statusMessage(await scheduler.sweepStatus(requiredString(req.name, 'name')));
    },

    async listSweeps() {
      return { sweeps: (await scheduler.listSweeps()).map(statusMessage) };
    },

    async cancelSweep(req) {
      return { cancelled: await scheduler.cancelSweep(requiredString(req.name, 'name')) };
    },

    async retrySweep(req) {
      return { requeued: await scheduler.retrySweep(requiredString(req.name, 'name')) };
    },

    async listWorkers(req) {
      const size = boundedInt(req.pageSize ?? 0, 'page_size', 0, MAX_WORKERS_PAGE) || 500;
      const after = optionalString(req.pageToken, 'page_token');
      const workers = await scheduler.listWorkers({ limit: size, ...(after ? { after } : {}) });
      return {
        nextPageToken: workers.length === size ? (workers.at(-1)?.workerId ?? '') : '',
        workers: workers.map((w) => ({
          workerId: w.workerId,
          host: w.host,
          cores: w.cores,
          slots: w.slots,
          backend: w.backend,
          version: w.version,
          state: w.state,
          registeredAtMs: w.registeredAt.getTime(),
          lastSeenAtMs: w.lastSeenAt.getTime(),
          leased: w.leased,
          completed: w.completed,
        })),
      };
    },

    async registerWorker(req) {
      const r = await scheduler.registerWorker({
        host: requiredString(req.host, 'host'),
        cores: boundedInt(req.cores, 'cores', 1, 4096),
        slots: boundedInt(req.slots || 1, 'slots', 1, 4096),
        backend: requiredString(req.backend, 'backend', 64),
        version: optionalString(req.version, 'version', 128) || 'unknown',
        name: optionalString(req.name, 'name', 64) || undefined,
      });
      return {
        workerId: r.workerId,
        workerSecret: r.secret,
        leaseMs: r.leaseMs,
        heartbeatIntervalMs: r.heartbeatIntervalMs,
        maxBundle: r.maxBundle,
      };
    },

    async leaseWork(req) {
      const workerId = await verified(req);
      const r = await scheduler.leaseWork(
        workerId,
        boundedInt(req.capacity, 'capacity', 0, MAX_CAPACITY),
        {
          flopsPerSecond: nonNegativeFinite(req.slotFlopsPerSecond ?? 0, 'slot_flops_per_second'),
          memoryBytes: nonNegativeFinite(req.slotMemoryBytes ?? 0, 'slot_memory_bytes'),
        },
      );
      return {
        trials: r.leases.map((l) => ({
          attemptId: l.attemptId,
          trialId: l.trialId,
          params: paramsToProto(l.params),
          attempt: l.attempt,
          expiresAtMs: l.expiresAt.getTime(),
        })),
        retryAfterMs: r.retryAfterMs,
        heldBack: r.heldBack === true,
      };
    },

    async heartbeat(req) {
      const workerId = await verified(req);
      const ids = attemptIdList(req.attemptIds, 'attempt_ids', MAX_ATTEMPTS_PER_CALL);
      const entries = req.progress ?? [];
      if (entries.length > MAX_ATTEMPTS_PER_CALL) {
        throw new RequestTooLargeError(
          'progress',
          'entries per call',
          entries.length,
          MAX_ATTEMPTS_PER_CALL,
        );
      }
      const progress = entries.map((p, i) => ({
        attemptId: attemptId(p.attemptId, `progress[${i}].attempt_id`),
        step: boundedInt(p.step ?? 0, `progress[${i}].step`, 0, 2 ** 31),
      }));
      return scheduler.heartbeat(workerId, ids, progress);
    },

    async completeTrial(req) {
      const input = completionInput(req, await verified(req), '');
      return { status: completionStatus(await scheduler.completeTrial(input)) };
    },

    async completeTrials(req) {
      const workerId = await verified(req);
      const items = req.results ?? [];
      if (items.length > MAX_ATTEMPTS_PER_CALL) {
        throw new RequestTooLargeError(
          'results',
          'entries per call',
          items.length,
          MAX_ATTEMPTS_PER_CALL,
        );
      }
      const outcomes: thresher.v1.ICompleteTrialOutcome[] = new Array(items.length);
      const refuse = (index: number, err: unknown) => {
        const s = toStatus(err);
        // The whole call fails when retrying it may succeed or the worker must register again.
        if (s.code === status.UNAVAILABLE || errorCode(err) === 'UNKNOWN_WORKER') throw err;
        outcomes[index] = {
          attemptId: items[index]?.attemptId ?? 0,
          errorCode: s.code,
          error: s.details,
        };
      };
      const valid: { index: number; input: Parameters<Scheduler['completeTrial']>[0] }[] = [];
      items.forEach((item, i) => {
        try {
          if (item.workerId && item.workerId !== workerId) {
            throw new BadRequestError(
              `results[${i}].worker_id`,
              'differs from the batch worker_id',
            );
          }
          valid.push({ index: i, input: completionInput(item, workerId, `results[${i}].`) });
        } catch (err) {
          refuse(i, err);
        }
      });
      const answer = (index: number, r: CompletionOutcome) => {
        outcomes[index] = { attemptId: items[index]?.attemptId ?? 0, status: completionStatus(r) };
      };
      if (valid.length > 0) {
        try {
          const results = await scheduler.completeTrials(
            workerId,
            valid.map((v) => v.input),
          );
          results.forEach((r, k) => answer((valid[k] as (typeof valid)[number]).index, r));
        } catch (err) {
          if (toStatus(err).code === status.UNAVAILABLE) throw err;
          // One result refused the transaction: record the others one by one.
          for (const v of valid) {
            try {
              answer(v.index, await scheduler.completeTrial(v.input));
            } catch (e) {
              refuse(v.index, e);
            }
          }
        }
      }
      return { outcomes };
    },

    async failTrial(req) {
      const outcome = await scheduler.failTrial({
        workerId: await verified(req),
        attemptId: attemptId(req.attemptId, 'attempt_id'),
        error: requiredString(req.error, 'error', 64 * 1024),
        retryable: req.retryable === true,
      });
      const codes = {
        requeued: pb.FailureOutcome.FAILURE_OUTCOME_REQUEUED,
        failed: pb.FailureOutcome.FAILURE_OUTCOME_FAILED,
        ignored: pb.FailureOutcome.FAILURE_OUTCOME_IGNORED,
      };
      return { outcome: codes[outcome] };
    },

    async drain(req) {
      return { released: await scheduler.drain(await verified(req)) };
    },
  };
}
