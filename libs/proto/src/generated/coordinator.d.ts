// GENERATED FILE - DO NOT EDIT. Produced by libs/proto/scripts/compile-proto.js from
// proto/thresher/v1/coordinator.proto (protobufjs-cli). Run `npx nx run proto:generate`.
import * as $protobuf from "protobufjs";
import Long = require("long");
export namespace thresher {

    namespace v1 {

        class Coordinator extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Coordinator;
            public submitSweep(request: thresher.v1.ISubmitSweepRequest, callback: thresher.v1.Coordinator.SubmitSweepCallback): void;
            public submitSweep(request: thresher.v1.ISubmitSweepRequest): Promise<thresher.v1.SubmitSweepResponse>;
            public getSweepStatus(request: thresher.v1.IGetSweepStatusRequest, callback: thresher.v1.Coordinator.GetSweepStatusCallback): void;
            public getSweepStatus(request: thresher.v1.IGetSweepStatusRequest): Promise<thresher.v1.SweepStatus>;
            public watchSweep(request: thresher.v1.IWatchSweepRequest, callback: thresher.v1.Coordinator.WatchSweepCallback): void;
            public watchSweep(request: thresher.v1.IWatchSweepRequest): Promise<thresher.v1.SweepStatus>;
            public listSweeps(request: thresher.v1.IListSweepsRequest, callback: thresher.v1.Coordinator.ListSweepsCallback): void;
            public listSweeps(request: thresher.v1.IListSweepsRequest): Promise<thresher.v1.ListSweepsResponse>;
            public cancelSweep(request: thresher.v1.ICancelSweepRequest, callback: thresher.v1.Coordinator.CancelSweepCallback): void;
            public cancelSweep(request: thresher.v1.ICancelSweepRequest): Promise<thresher.v1.CancelSweepResponse>;
            public retrySweep(request: thresher.v1.IRetrySweepRequest, callback: thresher.v1.Coordinator.RetrySweepCallback): void;
            public retrySweep(request: thresher.v1.IRetrySweepRequest): Promise<thresher.v1.RetrySweepResponse>;
            public listWorkers(request: thresher.v1.IListWorkersRequest, callback: thresher.v1.Coordinator.ListWorkersCallback): void;
            public listWorkers(request: thresher.v1.IListWorkersRequest): Promise<thresher.v1.ListWorkersResponse>;
            public registerWorker(request: thresher.v1.IRegisterWorkerRequest, callback: thresher.v1.Coordinator.RegisterWorkerCallback): void;
            public registerWorker(request: thresher.v1.IRegisterWorkerRequest): Promise<thresher.v1.RegisterWorkerResponse>;
            public leaseWork(request: thresher.v1.ILeaseWorkRequest, callback: thresher.v1.Coordinator.LeaseWorkCallback): void;
            public leaseWork(request: thresher.v1.ILeaseWorkRequest): Promise<thresher.v1.LeaseWorkResponse>;
            public heartbeat(request: thresher.v1.IHeartbeatRequest, callback: thresher.v1.Coordinator.HeartbeatCallback): void;
            public heartbeat(request: thresher.v1.IHeartbeatRequest): Promise<thresher.v1.HeartbeatResponse>;
            public completeTrial(request: thresher.v1.ICompleteTrialRequest, callback: thresher.v1.Coordinator.CompleteTrialCallback): void;
            public completeTrial(request: thresher.v1.ICompleteTrialRequest): Promise<thresher.v1.CompleteTrialResponse>;
            public completeTrials(request: thresher.v1.ICompleteTrialsRequest, callback: thresher.v1.Coordinator.CompleteTrialsCallback): void;
            public completeTrials(request: thresher.v1.ICompleteTrialsRequest): Promise<thresher.v1.CompleteTrialsResponse>;
            public failTrial(request: thresher.v1.IFailTrialRequest, callback: thresher.v1.Coordinator.FailTrialCallback): void;
            public failTrial(request: thresher.v1.IFailTrialRequest): Promise<thresher.v1.FailTrialResponse>;
            public drain(request: thresher.v1.IDrainRequest, callback: thresher.v1.Coordinator.DrainCallback): void;
            public drain(request: thresher.v1.IDrainRequest): Promise<thresher.v1.DrainResponse>;
        }

        namespace Coordinator {

            type SubmitSweepCallback = (error: (Error|null), response?: thresher.v1.SubmitSweepResponse) => void;

            type GetSweepStatusCallback = (error: (Error|null), response?: thresher.v1.SweepStatus) => void;

            type WatchSweepCallback = (error: (Error|null), response?: thresher.v1.SweepStatus) => void;

            type ListSweepsCallback = (error: (Error|null), response?: thresher.v1.ListSweepsResponse) => void;

            type CancelSweepCallback = (error: (Error|null), response?: thresher.v1.CancelSweepResponse) => void;

            type RetrySweepCallback = (error: (Error|null), response?: thresher.v1.RetrySweepResponse) => void;

            type ListWorkersCallback = (error: (Error|null), response?: thresher.v1.ListWorkersResponse) => void;

            type RegisterWorkerCallback = (error: (Error|null), response?: thresher.v1.RegisterWorkerResponse) => void;

            type LeaseWorkCallback = (error: (Error|null), response?: thresher.v1.LeaseWorkResponse) => void;

            type HeartbeatCallback = (error: (Error|null), response?: thresher.v1.HeartbeatResponse) => void;

            type CompleteTrialCallback = (error: (Error|null), response?: thresher.v1.CompleteTrialResponse) => void;

            type CompleteTrialsCallback = (error: (Error|null), response?: thresher.v1.CompleteTrialsResponse) => void;

            type FailTrialCallback = (error: (Error|null), response?: thresher.v1.FailTrialResponse) => void;

            type DrainCallback = (error: (Error|null), response?: thresher.v1.DrainResponse) => void;
        }

        enum DataDistribution {
            DATA_DISTRIBUTION_UNSPECIFIED = 0,
            DATA_DISTRIBUTION_GAUSSIAN = 1,
            DATA_DISTRIBUTION_SPHERE = 2
        }

        enum TeacherKind {
            TEACHER_KIND_UNSPECIFIED = 0,
            TEACHER_KIND_RANDOM = 1,
            TEACHER_KIND_E1 = 2
        }

        enum InitKind {
            INIT_KIND_UNSPECIFIED = 0,
            INIT_KIND_BALANCED = 1,
            INIT_KIND_GAUSSIAN = 2
        }

        enum Activation {
            ACTIVATION_UNSPECIFIED = 0,
            ACTIVATION_RELU = 1,
            ACTIVATION_GELU = 2
        }

        enum OptimizerKind {
            OPTIMIZER_KIND_UNSPECIFIED = 0,
            OPTIMIZER_KIND_GD = 1,
            OPTIMIZER_KIND_ADAM = 2
        }

        interface ITrialParams {
            n?: (number|null);
            width?: (number|null);
            seed?: (number|null);
            d?: (number|null);
            data?: (thresher.v1.DataDistribution|null);
            teacher?: (thresher.v1.TeacherKind|null);
            noise?: (number|null);
            initScale?: (number|null);
            init?: (thresher.v1.InitKind|null);
            activation?: (thresher.v1.Activation|null);
            optimizer?: (thresher.v1.OptimizerKind|null);
            lr?: (number|null);
            steps?: (number|null);
            bias?: (boolean|null);
            testSize?: (number|null);
            recordEvery?: (number|null);
        }

        class TrialParams implements ITrialParams {
            constructor(p?: thresher.v1.ITrialParams);
            public n: number;
            public width: number;
            public seed: number;
            public d: number;
            public data: thresher.v1.DataDistribution;
            public teacher: thresher.v1.TeacherKind;
            public noise: number;
            public initScale: number;
            public init: thresher.v1.InitKind;
            public activation: thresher.v1.Activation;
            public optimizer: thresher.v1.OptimizerKind;
            public lr: number;
            public steps: number;
            public bias: boolean;
            public testSize: number;
            public recordEvery: number;
            public static create(properties?: thresher.v1.ITrialParams): thresher.v1.TrialParams;
            public static encode(m: thresher.v1.ITrialParams, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ITrialParams, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.TrialParams;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.TrialParams;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.TrialParams;
            public static toObject(m: thresher.v1.TrialParams, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ITrialMetrics {
            trainLoss?: (number|null);
            testLoss?: (number|null);
            excessRisk?: (number|null);
            olsTrainLoss?: (number|null);
            olsTestLoss?: (number|null);
            olsExcessRisk?: (number|null);
            interpRatio?: (number|null);
            testRatio?: (number|null);
            alignedFraction?: (number|null);
            converged?: (boolean|null);
        }

        class TrialMetrics implements ITrialMetrics {
            constructor(p?: thresher.v1.ITrialMetrics);
            public trainLoss?: (number|null);
            public testLoss?: (number|null);
            public excessRisk?: (number|null);
            public olsTrainLoss?: (number|null);
            public olsTestLoss?: (number|null);
            public olsExcessRisk?: (number|null);
            public interpRatio?: (number|null);
            public testRatio?: (number|null);
            public alignedFraction?: (number|null);
            public converged: boolean;
            public static create(properties?: thresher.v1.ITrialMetrics): thresher.v1.TrialMetrics;
            public static encode(m: thresher.v1.ITrialMetrics, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ITrialMetrics, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.TrialMetrics;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.TrialMetrics;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.TrialMetrics;
            public static toObject(m: thresher.v1.TrialMetrics, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ICurve {
            step?: (number[]|null);
            trainLoss?: (number[]|null);
            testLoss?: (number[]|null);
            alignedFraction?: (number[]|null);
        }

        class Curve implements ICurve {
            constructor(p?: thresher.v1.ICurve);
            public step: number[];
            public trainLoss: number[];
            public testLoss: number[];
            public alignedFraction: number[];
            public static create(properties?: thresher.v1.ICurve): thresher.v1.Curve;
            public static encode(m: thresher.v1.ICurve, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ICurve, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.Curve;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.Curve;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.Curve;
            public static toObject(m: thresher.v1.Curve, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISubmitSweepRequest {
            specJson?: (string|null);
            fileName?: (string|null);
        }

        class SubmitSweepRequest implements ISubmitSweepRequest {
            constructor(p?: thresher.v1.ISubmitSweepRequest);
            public specJson: string;
            public fileName: string;
            public static create(properties?: thresher.v1.ISubmitSweepRequest): thresher.v1.SubmitSweepRequest;
            public static encode(m: thresher.v1.ISubmitSweepRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ISubmitSweepRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.SubmitSweepRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.SubmitSweepRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.SubmitSweepRequest;
            public static toObject(m: thresher.v1.SubmitSweepRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISubmitSweepResponse {
            name?: (string|null);
            inserted?: (number|null);
            existing?: (number|null);
            total?: (number|null);
            inserting?: (boolean|null);
        }

        class SubmitSweepResponse implements ISubmitSweepResponse {
            constructor(p?: thresher.v1.ISubmitSweepResponse);
            public name: string;
            public inserted: number;
            public existing: number;
            public total: number;
            public inserting: boolean;
            public static create(properties?: thresher.v1.ISubmitSweepResponse): thresher.v1.SubmitSweepResponse;
            public static encode(m: thresher.v1.ISubmitSweepResponse, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ISubmitSweepResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.SubmitSweepResponse;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.SubmitSweepResponse;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.SubmitSweepResponse;
            public static toObject(m: thresher.v1.SubmitSweepResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IGetSweepStatusRequest {
            name?: (string|null);
        }

        class GetSweepStatusRequest implements IGetSweepStatusRequest {
            constructor(p?: thresher.v1.IGetSweepStatusRequest);
            public name: string;
            public static create(properties?: thresher.v1.IGetSweepStatusRequest): thresher.v1.GetSweepStatusRequest;
            public static encode(m: thresher.v1.IGetSweepStatusRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IGetSweepStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.GetSweepStatusRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.GetSweepStatusRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.GetSweepStatusRequest;
            public static toObject(m: thresher.v1.GetSweepStatusRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ITrialCounts {
            pending?: (number|null);
            leased?: (number|null);
            done?: (number|null);
            failed?: (number|null);
            cancelled?: (number|null);
            total?: (number|null);
        }

        class TrialCounts implements ITrialCounts {
            constructor(p?: thresher.v1.ITrialCounts);
            public pending: number;
            public leased: number;
            public done: number;
            public failed: number;
            public cancelled: number;
            public total: number;
            public static create(properties?: thresher.v1.ITrialCounts): thresher.v1.TrialCounts;
            public static encode(m: thresher.v1.ITrialCounts, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ITrialCounts, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.TrialCounts;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.TrialCounts;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.TrialCounts;
            public static toObject(m: thresher.v1.TrialCounts, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ISweepStatus {
            name?: (string|null);
            status?: (string|null);
            counts?: (thresher.v1.ITrialCounts|null);
            trialsPerSecond?: (number|null);
            trialStepsPerSecond?: (number|null);
            etaSeconds?: (number|null);
            stepsDone?: (number|null);
            stepsTotal?: (number|null);
            createdAtMs?: (number|null);
            inserting?: (boolean|null);
            expectedTrials?: (number|null);
        }

        class SweepStatus implements ISweepStatus {
            constructor(p?: thresher.v1.ISweepStatus);
            public name: string;
            public status: string;
            public counts?: (thresher.v1.ITrialCounts|null);
            public trialsPerSecond: number;
            public trialStepsPerSecond: number;
            public etaSeconds?: (number|null);
            public stepsDone: number;
            public stepsTotal: number;
            public createdAtMs: number;
            public inserting: boolean;
            public expectedTrials: number;
            public static create(properties?: thresher.v1.ISweepStatus): thresher.v1.SweepStatus;
            public static encode(m: thresher.v1.ISweepStatus, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ISweepStatus, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.SweepStatus;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.SweepStatus;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.SweepStatus;
            public static toObject(m: thresher.v1.SweepStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IWatchSweepRequest {
            name?: (string|null);
            minIntervalMs?: (number|null);
        }

        class WatchSweepRequest implements IWatchSweepRequest {
            constructor(p?: thresher.v1.IWatchSweepRequest);
            public name: string;
            public minIntervalMs: number;
            public static create(properties?: thresher.v1.IWatchSweepRequest): thresher.v1.WatchSweepRequest;
            public static encode(m: thresher.v1.IWatchSweepRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IWatchSweepRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.WatchSweepRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.WatchSweepRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.WatchSweepRequest;
            public static toObject(m: thresher.v1.WatchSweepRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IListSweepsRequest {
        }

        class ListSweepsRequest implements IListSweepsRequest {
            constructor(p?: thresher.v1.IListSweepsRequest);
            public static create(properties?: thresher.v1.IListSweepsRequest): thresher.v1.ListSweepsRequest;
            public static encode(m: thresher.v1.IListSweepsRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IListSweepsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.ListSweepsRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.ListSweepsRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.ListSweepsRequest;
            public static toObject(m: thresher.v1.ListSweepsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IListSweepsResponse {
            sweeps?: (thresher.v1.ISweepStatus[]|null);
        }

        class ListSweepsResponse implements IListSweepsResponse {
            constructor(p?: thresher.v1.IListSweepsResponse);
            public sweeps: thresher.v1.ISweepStatus[];
            public static create(properties?: thresher.v1.IListSweepsResponse): thresher.v1.ListSweepsResponse;
            public static encode(m: thresher.v1.IListSweepsResponse, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IListSweepsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.ListSweepsResponse;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.ListSweepsResponse;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.ListSweepsResponse;
            public static toObject(m: thresher.v1.ListSweepsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ICancelSweepRequest {
            name?: (string|null);
        }

        class CancelSweepRequest implements ICancelSweepRequest {
            constructor(p?: thresher.v1.ICancelSweepRequest);
            public name: string;
            public static create(properties?: thresher.v1.ICancelSweepRequest): thresher.v1.CancelSweepRequest;
            public static encode(m: thresher.v1.ICancelSweepRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ICancelSweepRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.CancelSweepRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.CancelSweepRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.CancelSweepRequest;
            public static toObject(m: thresher.v1.CancelSweepRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ICancelSweepResponse {
            cancelled?: (number|null);
        }

        class CancelSweepResponse implements ICancelSweepResponse {
            constructor(p?: thresher.v1.ICancelSweepResponse);
            public cancelled: number;
            public static create(properties?: thresher.v1.ICancelSweepResponse): thresher.v1.CancelSweepResponse;
            public static encode(m: thresher.v1.ICancelSweepResponse, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ICancelSweepResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.CancelSweepResponse;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.CancelSweepResponse;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.CancelSweepResponse;
            public static toObject(m: thresher.v1.CancelSweepResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRetrySweepRequest {
            name?: (string|null);
        }

        class RetrySweepRequest implements IRetrySweepRequest {
            constructor(p?: thresher.v1.IRetrySweepRequest);
            public name: string;
            public static create(properties?: thresher.v1.IRetrySweepRequest): thresher.v1.RetrySweepRequest;
            public static encode(m: thresher.v1.IRetrySweepRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IRetrySweepRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.RetrySweepRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.RetrySweepRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.RetrySweepRequest;
            public static toObject(m: thresher.v1.RetrySweepRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRetrySweepResponse {
            requeued?: (number|null);
        }

        class RetrySweepResponse implements IRetrySweepResponse {
            constructor(p?: thresher.v1.IRetrySweepResponse);
            public requeued: number;
            public static create(properties?: thresher.v1.IRetrySweepResponse): thresher.v1.RetrySweepResponse;
            public static encode(m: thresher.v1.IRetrySweepResponse, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IRetrySweepResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.RetrySweepResponse;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.RetrySweepResponse;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.RetrySweepResponse;
            public static toObject(m: thresher.v1.RetrySweepResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IListWorkersRequest {
            pageSize?: (number|null);
            pageToken?: (string|null);
        }

        class ListWorkersRequest implements IListWorkersRequest {
            constructor(p?: thresher.v1.IListWorkersRequest);
            public pageSize: number;
            public pageToken: string;
            public static create(properties?: thresher.v1.IListWorkersRequest): thresher.v1.ListWorkersRequest;
            public static encode(m: thresher.v1.IListWorkersRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IListWorkersRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.ListWorkersRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.ListWorkersRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.ListWorkersRequest;
            public static toObject(m: thresher.v1.ListWorkersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IWorkerStatus {
            workerId?: (string|null);
            host?: (string|null);
            cores?: (number|null);
            backend?: (string|null);
            version?: (string|null);
            state?: (string|null);
            registeredAtMs?: (number|null);
            lastSeenAtMs?: (number|null);
            leased?: (number|null);
            completed?: (number|null);
            slots?: (number|null);
        }

        class WorkerStatus implements IWorkerStatus {
            constructor(p?: thresher.v1.IWorkerStatus);
            public workerId: string;
            public host: string;
            public cores: number;
            public backend: string;
            public version: string;
            public state: string;
            public registeredAtMs: number;
            public lastSeenAtMs: number;
            public leased: number;
            public completed: number;
            public slots: number;
            public static create(properties?: thresher.v1.IWorkerStatus): thresher.v1.WorkerStatus;
            public static encode(m: thresher.v1.IWorkerStatus, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IWorkerStatus, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.WorkerStatus;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.WorkerStatus;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.WorkerStatus;
            public static toObject(m: thresher.v1.WorkerStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IListWorkersResponse {
            workers?: (thresher.v1.IWorkerStatus[]|null);
            nextPageToken?: (string|null);
        }

        class ListWorkersResponse implements IListWorkersResponse {
            constructor(p?: thresher.v1.IListWorkersResponse);
            public workers: thresher.v1.IWorkerStatus[];
            public nextPageToken: string;
            public static create(properties?: thresher.v1.IListWorkersResponse): thresher.v1.ListWorkersResponse;
            public static encode(m: thresher.v1.IListWorkersResponse, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IListWorkersResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.ListWorkersResponse;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.ListWorkersResponse;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.ListWorkersResponse;
            public static toObject(m: thresher.v1.ListWorkersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRegisterWorkerRequest {
            host?: (string|null);
            cores?: (number|null);
            backend?: (string|null);
            version?: (string|null);
            name?: (string|null);
            slots?: (number|null);
        }

        class RegisterWorkerRequest implements IRegisterWorkerRequest {
            constructor(p?: thresher.v1.IRegisterWorkerRequest);
            public host: string;
            public cores: number;
            public backend: string;
            public version: string;
            public name: string;
            public slots: number;
            public static create(properties?: thresher.v1.IRegisterWorkerRequest): thresher.v1.RegisterWorkerRequest;
            public static encode(m: thresher.v1.IRegisterWorkerRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IRegisterWorkerRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.RegisterWorkerRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.RegisterWorkerRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.RegisterWorkerRequest;
            public static toObject(m: thresher.v1.RegisterWorkerRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IRegisterWorkerResponse {
            workerId?: (string|null);
            leaseMs?: (number|null);
            heartbeatIntervalMs?: (number|null);
            maxBundle?: (number|null);
            workerSecret?: (string|null);
        }

        class RegisterWorkerResponse implements IRegisterWorkerResponse {
            constructor(p?: thresher.v1.IRegisterWorkerResponse);
            public workerId: string;
            public leaseMs: number;
            public heartbeatIntervalMs: number;
            public maxBundle: number;
            public workerSecret: string;
            public static create(properties?: thresher.v1.IRegisterWorkerResponse): thresher.v1.RegisterWorkerResponse;
            public static encode(m: thresher.v1.IRegisterWorkerResponse, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IRegisterWorkerResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.RegisterWorkerResponse;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.RegisterWorkerResponse;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.RegisterWorkerResponse;
            public static toObject(m: thresher.v1.RegisterWorkerResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILeaseWorkRequest {
            workerId?: (string|null);
            capacity?: (number|null);
            slotFlopsPerSecond?: (number|null);
            slotMemoryBytes?: (number|null);
            workerSecret?: (string|null);
        }

        class LeaseWorkRequest implements ILeaseWorkRequest {
            constructor(p?: thresher.v1.ILeaseWorkRequest);
            public workerId: string;
            public capacity: number;
            public slotFlopsPerSecond: number;
            public slotMemoryBytes: number;
            public workerSecret: string;
            public static create(properties?: thresher.v1.ILeaseWorkRequest): thresher.v1.LeaseWorkRequest;
            public static encode(m: thresher.v1.ILeaseWorkRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ILeaseWorkRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.LeaseWorkRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.LeaseWorkRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.LeaseWorkRequest;
            public static toObject(m: thresher.v1.LeaseWorkRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILeasedTrial {
            attemptId?: (number|null);
            trialId?: (string|null);
            params?: (thresher.v1.ITrialParams|null);
            attempt?: (number|null);
            expiresAtMs?: (number|null);
        }

        class LeasedTrial implements ILeasedTrial {
            constructor(p?: thresher.v1.ILeasedTrial);
            public attemptId: number;
            public trialId: string;
            public params?: (thresher.v1.ITrialParams|null);
            public attempt: number;
            public expiresAtMs: number;
            public static create(properties?: thresher.v1.ILeasedTrial): thresher.v1.LeasedTrial;
            public static encode(m: thresher.v1.ILeasedTrial, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ILeasedTrial, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.LeasedTrial;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.LeasedTrial;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.LeasedTrial;
            public static toObject(m: thresher.v1.LeasedTrial, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ILeaseWorkResponse {
            trials?: (thresher.v1.ILeasedTrial[]|null);
            retryAfterMs?: (number|null);
            heldBack?: (boolean|null);
        }

        class LeaseWorkResponse implements ILeaseWorkResponse {
            constructor(p?: thresher.v1.ILeaseWorkResponse);
            public trials: thresher.v1.ILeasedTrial[];
            public retryAfterMs: number;
            public heldBack: boolean;
            public static create(properties?: thresher.v1.ILeaseWorkResponse): thresher.v1.LeaseWorkResponse;
            public static encode(m: thresher.v1.ILeaseWorkResponse, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ILeaseWorkResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.LeaseWorkResponse;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.LeaseWorkResponse;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.LeaseWorkResponse;
            public static toObject(m: thresher.v1.LeaseWorkResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IAttemptProgress {
            attemptId?: (number|null);
            step?: (number|null);
            trainLoss?: (number|null);
        }

        class AttemptProgress implements IAttemptProgress {
            constructor(p?: thresher.v1.IAttemptProgress);
            public attemptId: number;
            public step: number;
            public trainLoss: number;
            public static create(properties?: thresher.v1.IAttemptProgress): thresher.v1.AttemptProgress;
            public static encode(m: thresher.v1.IAttemptProgress, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IAttemptProgress, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.AttemptProgress;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.AttemptProgress;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.AttemptProgress;
            public static toObject(m: thresher.v1.AttemptProgress, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IHeartbeatRequest {
            workerId?: (string|null);
            attemptIds?: (number[]|null);
            progress?: (thresher.v1.IAttemptProgress[]|null);
            workerSecret?: (string|null);
        }

        class HeartbeatRequest implements IHeartbeatRequest {
            constructor(p?: thresher.v1.IHeartbeatRequest);
            public workerId: string;
            public attemptIds: number[];
            public progress: thresher.v1.IAttemptProgress[];
            public workerSecret: string;
            public static create(properties?: thresher.v1.IHeartbeatRequest): thresher.v1.HeartbeatRequest;
            public static encode(m: thresher.v1.IHeartbeatRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IHeartbeatRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.HeartbeatRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.HeartbeatRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.HeartbeatRequest;
            public static toObject(m: thresher.v1.HeartbeatRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IHeartbeatResponse {
            extended?: (number[]|null);
            stop?: (number[]|null);
        }

        class HeartbeatResponse implements IHeartbeatResponse {
            constructor(p?: thresher.v1.IHeartbeatResponse);
            public extended: number[];
            public stop: number[];
            public static create(properties?: thresher.v1.IHeartbeatResponse): thresher.v1.HeartbeatResponse;
            public static encode(m: thresher.v1.IHeartbeatResponse, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IHeartbeatResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.HeartbeatResponse;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.HeartbeatResponse;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.HeartbeatResponse;
            public static toObject(m: thresher.v1.HeartbeatResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ICompleteTrialRequest {
            workerId?: (string|null);
            attemptId?: (number|null);
            metrics?: (thresher.v1.ITrialMetrics|null);
            curve?: (thresher.v1.ICurve|null);
            wallMs?: (number|null);
            backend?: (string|null);
            codeVersion?: (string|null);
            workerSecret?: (string|null);
        }

        class CompleteTrialRequest implements ICompleteTrialRequest {
            constructor(p?: thresher.v1.ICompleteTrialRequest);
            public workerId: string;
            public attemptId: number;
            public metrics?: (thresher.v1.ITrialMetrics|null);
            public curve?: (thresher.v1.ICurve|null);
            public wallMs: number;
            public backend: string;
            public codeVersion: string;
            public workerSecret: string;
            public static create(properties?: thresher.v1.ICompleteTrialRequest): thresher.v1.CompleteTrialRequest;
            public static encode(m: thresher.v1.ICompleteTrialRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ICompleteTrialRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.CompleteTrialRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.CompleteTrialRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.CompleteTrialRequest;
            public static toObject(m: thresher.v1.CompleteTrialRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum CompletionStatus {
            COMPLETION_STATUS_UNSPECIFIED = 0,
            COMPLETION_STATUS_RECORDED = 1,
            COMPLETION_STATUS_DUPLICATE = 2,
            COMPLETION_STATUS_LATE = 3
        }

        interface ICompleteTrialResponse {
            status?: (thresher.v1.CompletionStatus|null);
        }

        class CompleteTrialResponse implements ICompleteTrialResponse {
            constructor(p?: thresher.v1.ICompleteTrialResponse);
            public status: thresher.v1.CompletionStatus;
            public static create(properties?: thresher.v1.ICompleteTrialResponse): thresher.v1.CompleteTrialResponse;
            public static encode(m: thresher.v1.ICompleteTrialResponse, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ICompleteTrialResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.CompleteTrialResponse;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.CompleteTrialResponse;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.CompleteTrialResponse;
            public static toObject(m: thresher.v1.CompleteTrialResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ICompleteTrialsRequest {
            workerId?: (string|null);
            results?: (thresher.v1.ICompleteTrialRequest[]|null);
            workerSecret?: (string|null);
        }

        class CompleteTrialsRequest implements ICompleteTrialsRequest {
            constructor(p?: thresher.v1.ICompleteTrialsRequest);
            public workerId: string;
            public results: thresher.v1.ICompleteTrialRequest[];
            public workerSecret: string;
            public static create(properties?: thresher.v1.ICompleteTrialsRequest): thresher.v1.CompleteTrialsRequest;
            public static encode(m: thresher.v1.ICompleteTrialsRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ICompleteTrialsRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.CompleteTrialsRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.CompleteTrialsRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.CompleteTrialsRequest;
            public static toObject(m: thresher.v1.CompleteTrialsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ICompleteTrialOutcome {
            attemptId?: (number|null);
            status?: (thresher.v1.CompletionStatus|null);
            errorCode?: (number|null);
            error?: (string|null);
        }

        class CompleteTrialOutcome implements ICompleteTrialOutcome {
            constructor(p?: thresher.v1.ICompleteTrialOutcome);
            public attemptId: number;
            public status: thresher.v1.CompletionStatus;
            public errorCode: number;
            public error: string;
            public static create(properties?: thresher.v1.ICompleteTrialOutcome): thresher.v1.CompleteTrialOutcome;
            public static encode(m: thresher.v1.ICompleteTrialOutcome, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ICompleteTrialOutcome, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.CompleteTrialOutcome;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.CompleteTrialOutcome;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.CompleteTrialOutcome;
            public static toObject(m: thresher.v1.CompleteTrialOutcome, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface ICompleteTrialsResponse {
            outcomes?: (thresher.v1.ICompleteTrialOutcome[]|null);
        }

        class CompleteTrialsResponse implements ICompleteTrialsResponse {
            constructor(p?: thresher.v1.ICompleteTrialsResponse);
            public outcomes: thresher.v1.ICompleteTrialOutcome[];
            public static create(properties?: thresher.v1.ICompleteTrialsResponse): thresher.v1.CompleteTrialsResponse;
            public static encode(m: thresher.v1.ICompleteTrialsResponse, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.ICompleteTrialsResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.CompleteTrialsResponse;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.CompleteTrialsResponse;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.CompleteTrialsResponse;
            public static toObject(m: thresher.v1.CompleteTrialsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IFailTrialRequest {
            workerId?: (string|null);
            attemptId?: (number|null);
            error?: (string|null);
            retryable?: (boolean|null);
            workerSecret?: (string|null);
        }

        class FailTrialRequest implements IFailTrialRequest {
            constructor(p?: thresher.v1.IFailTrialRequest);
            public workerId: string;
            public attemptId: number;
            public error: string;
            public retryable: boolean;
            public workerSecret: string;
            public static create(properties?: thresher.v1.IFailTrialRequest): thresher.v1.FailTrialRequest;
            public static encode(m: thresher.v1.IFailTrialRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IFailTrialRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.FailTrialRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.FailTrialRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.FailTrialRequest;
            public static toObject(m: thresher.v1.FailTrialRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        enum FailureOutcome {
            FAILURE_OUTCOME_UNSPECIFIED = 0,
            FAILURE_OUTCOME_REQUEUED = 1,
            FAILURE_OUTCOME_FAILED = 2,
            FAILURE_OUTCOME_IGNORED = 3
        }

        interface IFailTrialResponse {
            outcome?: (thresher.v1.FailureOutcome|null);
        }

        class FailTrialResponse implements IFailTrialResponse {
            constructor(p?: thresher.v1.IFailTrialResponse);
            public outcome: thresher.v1.FailureOutcome;
            public static create(properties?: thresher.v1.IFailTrialResponse): thresher.v1.FailTrialResponse;
            public static encode(m: thresher.v1.IFailTrialResponse, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IFailTrialResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.FailTrialResponse;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.FailTrialResponse;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.FailTrialResponse;
            public static toObject(m: thresher.v1.FailTrialResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IDrainRequest {
            workerId?: (string|null);
            workerSecret?: (string|null);
        }

        class DrainRequest implements IDrainRequest {
            constructor(p?: thresher.v1.IDrainRequest);
            public workerId: string;
            public workerSecret: string;
            public static create(properties?: thresher.v1.IDrainRequest): thresher.v1.DrainRequest;
            public static encode(m: thresher.v1.IDrainRequest, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IDrainRequest, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.DrainRequest;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.DrainRequest;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.DrainRequest;
            public static toObject(m: thresher.v1.DrainRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        interface IDrainResponse {
            released?: (number|null);
        }

        class DrainResponse implements IDrainResponse {
            constructor(p?: thresher.v1.IDrainResponse);
            public released: number;
            public static create(properties?: thresher.v1.IDrainResponse): thresher.v1.DrainResponse;
            public static encode(m: thresher.v1.IDrainResponse, w?: $protobuf.Writer): $protobuf.Writer;
            public static encodeDelimited(message: thresher.v1.IDrainResponse, writer?: $protobuf.Writer): $protobuf.Writer;
            public static decode(r: ($protobuf.Reader|Uint8Array), l?: number): thresher.v1.DrainResponse;
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): thresher.v1.DrainResponse;
            public static verify(m: { [k: string]: any }): (string|null);
            public static fromObject(d: { [k: string]: any }): thresher.v1.DrainResponse;
            public static toObject(m: thresher.v1.DrainResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            public toJSON(): { [k: string]: any };
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
