// GENERATED FILE - DO NOT EDIT. Produced by libs/proto/scripts/compile-proto.js from
// proto/thresher/v1/coordinator.proto (protobufjs-cli). Run `npx nx run proto:generate`.
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
var $root = $protobuf.roots["thresher"] || ($protobuf.roots["thresher"] = {});

$root.thresher = (function() {

    /**
     * Namespace thresher.
     * @exports thresher
     * @namespace
     */
    var thresher = {};

    thresher.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof thresher
         * @namespace
         */
        var v1 = {};

        v1.Coordinator = (function() {

            /**
             * Constructs a new Coordinator service.
             * @memberof thresher.v1
             * @classdesc Represents a Coordinator
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            function Coordinator(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            }

            (Coordinator.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Coordinator;

            /**
             * Creates new Coordinator service using the specified rpc implementation.
             * @function create
             * @memberof thresher.v1.Coordinator
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Coordinator} RPC service. Useful where requests and/or responses are streamed.
             */
            Coordinator.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link thresher.v1.Coordinator#submitSweep}.
             * @memberof thresher.v1.Coordinator
             * @typedef SubmitSweepCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.SubmitSweepResponse} [response] SubmitSweepResponse
             */

            /**
             * Calls SubmitSweep.
             * @function submitSweep
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.ISubmitSweepRequest} request SubmitSweepRequest message or plain object
             * @param {thresher.v1.Coordinator.SubmitSweepCallback} callback Node-style callback called with the error, if any, and SubmitSweepResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.submitSweep = function submitSweep(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, submitSweep, $root.thresher.v1.SubmitSweepRequest, $root.thresher.v1.SubmitSweepResponse, request, callback);
            }, "name", { value: "SubmitSweep" });

            /**
             * Calls SubmitSweep.
             * @function submitSweep
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.ISubmitSweepRequest} request SubmitSweepRequest message or plain object
             * @returns {Promise<thresher.v1.SubmitSweepResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link thresher.v1.Coordinator#getSweepStatus}.
             * @memberof thresher.v1.Coordinator
             * @typedef GetSweepStatusCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.SweepStatus} [response] SweepStatus
             */

            /**
             * Calls GetSweepStatus.
             * @function getSweepStatus
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IGetSweepStatusRequest} request GetSweepStatusRequest message or plain object
             * @param {thresher.v1.Coordinator.GetSweepStatusCallback} callback Node-style callback called with the error, if any, and SweepStatus
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.getSweepStatus = function getSweepStatus(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, getSweepStatus, $root.thresher.v1.GetSweepStatusRequest, $root.thresher.v1.SweepStatus, request, callback);
            }, "name", { value: "GetSweepStatus" });

            /**
             * Calls GetSweepStatus.
             * @function getSweepStatus
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IGetSweepStatusRequest} request GetSweepStatusRequest message or plain object
             * @returns {Promise<thresher.v1.SweepStatus>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link thresher.v1.Coordinator#watchSweep}.
             * @memberof thresher.v1.Coordinator
             * @typedef WatchSweepCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.SweepStatus} [response] SweepStatus
             */

            /**
             * Calls WatchSweep.
             * @function watchSweep
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IWatchSweepRequest} request WatchSweepRequest message or plain object
             * @param {thresher.v1.Coordinator.WatchSweepCallback} callback Node-style callback called with the error, if any, and SweepStatus
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.watchSweep = function watchSweep(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, watchSweep, $root.thresher.v1.WatchSweepRequest, $root.thresher.v1.SweepStatus, request, callback);
            }, "name", { value: "WatchSweep" });

            /**
             * Calls WatchSweep.
             * @function watchSweep
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IWatchSweepRequest} request WatchSweepRequest message or plain object
             * @returns {Promise<thresher.v1.SweepStatus>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link thresher.v1.Coordinator#listSweeps}.
             * @memberof thresher.v1.Coordinator
             * @typedef ListSweepsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.ListSweepsResponse} [response] ListSweepsResponse
             */

            /**
             * Calls ListSweeps.
             * @function listSweeps
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IListSweepsRequest} request ListSweepsRequest message or plain object
             * @param {thresher.v1.Coordinator.ListSweepsCallback} callback Node-style callback called with the error, if any, and ListSweepsResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.listSweeps = function listSweeps(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, listSweeps, $root.thresher.v1.ListSweepsRequest, $root.thresher.v1.ListSweepsResponse, request, callback);
            }, "name", { value: "ListSweeps" });

            /**
             * Calls ListSweeps.
             * @function listSweeps
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IListSweepsRequest} request ListSweepsRequest message or plain object
             * @returns {Promise<thresher.v1.ListSweepsResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link thresher.v1.Coordinator#cancelSweep}.
             * @memberof thresher.v1.Coordinator
             * @typedef CancelSweepCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.CancelSweepResponse} [response] CancelSweepResponse
             */

            /**
             * Calls CancelSweep.
             * @function cancelSweep
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.ICancelSweepRequest} request CancelSweepRequest message or plain object
             * @param {thresher.v1.Coordinator.CancelSweepCallback} callback Node-style callback called with the error, if any, and CancelSweepResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.cancelSweep = function cancelSweep(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, cancelSweep, $root.thresher.v1.CancelSweepRequest, $root.thresher.v1.CancelSweepResponse, request, callback);
            }, "name", { value: "CancelSweep" });

            /**
             * Calls CancelSweep.
             * @function cancelSweep
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.ICancelSweepRequest} request CancelSweepRequest message or plain object
             * @returns {Promise<thresher.v1.CancelSweepResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link thresher.v1.Coordinator#retrySweep}.
             * @memberof thresher.v1.Coordinator
             * @typedef RetrySweepCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.RetrySweepResponse} [response] RetrySweepResponse
             */

            /**
             * Calls RetrySweep.
             * @function retrySweep
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IRetrySweepRequest} request RetrySweepRequest message or plain object
             * @param {thresher.v1.Coordinator.RetrySweepCallback} callback Node-style callback called with the error, if any, and RetrySweepResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.retrySweep = function retrySweep(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, retrySweep, $root.thresher.v1.RetrySweepRequest, $root.thresher.v1.RetrySweepResponse, request, callback);
            }, "name", { value: "RetrySweep" });

            /**
             * Calls RetrySweep.
             * @function retrySweep
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IRetrySweepRequest} request RetrySweepRequest message or plain object
             * @returns {Promise<thresher.v1.RetrySweepResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link thresher.v1.Coordinator#listWorkers}.
             * @memberof thresher.v1.Coordinator
             * @typedef ListWorkersCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.ListWorkersResponse} [response] ListWorkersResponse
             */

            /**
             * Calls ListWorkers.
             * @function listWorkers
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IListWorkersRequest} request ListWorkersRequest message or plain object
             * @param {thresher.v1.Coordinator.ListWorkersCallback} callback Node-style callback called with the error, if any, and ListWorkersResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.listWorkers = function listWorkers(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, listWorkers, $root.thresher.v1.ListWorkersRequest, $root.thresher.v1.ListWorkersResponse, request, callback);
            }, "name", { value: "ListWorkers" });

            /**
             * Calls ListWorkers.
             * @function listWorkers
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IListWorkersRequest} request ListWorkersRequest message or plain object
             * @returns {Promise<thresher.v1.ListWorkersResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link thresher.v1.Coordinator#registerWorker}.
             * @memberof thresher.v1.Coordinator
             * @typedef RegisterWorkerCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.RegisterWorkerResponse} [response] RegisterWorkerResponse
             */

            /**
             * Calls RegisterWorker.
             * @function registerWorker
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IRegisterWorkerRequest} request RegisterWorkerRequest message or plain object
             * @param {thresher.v1.Coordinator.RegisterWorkerCallback} callback Node-style callback called with the error, if any, and RegisterWorkerResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.registerWorker = function registerWorker(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, registerWorker, $root.thresher.v1.RegisterWorkerRequest, $root.thresher.v1.RegisterWorkerResponse, request, callback);
            }, "name", { value: "RegisterWorker" });

            /**
             * Calls RegisterWorker.
             * @function registerWorker
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IRegisterWorkerRequest} request RegisterWorkerRequest message or plain object
             * @returns {Promise<thresher.v1.RegisterWorkerResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link thresher.v1.Coordinator#leaseWork}.
             * @memberof thresher.v1.Coordinator
             * @typedef LeaseWorkCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.LeaseWorkResponse} [response] LeaseWorkResponse
             */

            /**
             * Calls LeaseWork.
             * @function leaseWork
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.ILeaseWorkRequest} request LeaseWorkRequest message or plain object
             * @param {thresher.v1.Coordinator.LeaseWorkCallback} callback Node-style callback called with the error, if any, and LeaseWorkResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.leaseWork = function leaseWork(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, leaseWork, $root.thresher.v1.LeaseWorkRequest, $root.thresher.v1.LeaseWorkResponse, request, callback);
            }, "name", { value: "LeaseWork" });

            /**
             * Calls LeaseWork.
             * @function leaseWork
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.ILeaseWorkRequest} request LeaseWorkRequest message or plain object
             * @returns {Promise<thresher.v1.LeaseWorkResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link thresher.v1.Coordinator#heartbeat}.
             * @memberof thresher.v1.Coordinator
             * @typedef HeartbeatCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.HeartbeatResponse} [response] HeartbeatResponse
             */

            /**
             * Calls Heartbeat.
             * @function heartbeat
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IHeartbeatRequest} request HeartbeatRequest message or plain object
             * @param {thresher.v1.Coordinator.HeartbeatCallback} callback Node-style callback called with the error, if any, and HeartbeatResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.heartbeat = function heartbeat(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, heartbeat, $root.thresher.v1.HeartbeatRequest, $root.thresher.v1.HeartbeatResponse, request, callback);
            }, "name", { value: "Heartbeat" });

            /**
             * Calls Heartbeat.
             * @function heartbeat
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IHeartbeatRequest} request HeartbeatRequest message or plain object
             * @returns {Promise<thresher.v1.HeartbeatResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link thresher.v1.Coordinator#completeTrial}.
             * @memberof thresher.v1.Coordinator
             * @typedef CompleteTrialCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.CompleteTrialResponse} [response] CompleteTrialResponse
             */

            /**
             * Calls CompleteTrial.
             * @function completeTrial
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.ICompleteTrialRequest} request CompleteTrialRequest message or plain object
             * @param {thresher.v1.Coordinator.CompleteTrialCallback} callback Node-style callback called with the error, if any, and CompleteTrialResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.completeTrial = function completeTrial(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, completeTrial, $root.thresher.v1.CompleteTrialRequest, $root.thresher.v1.CompleteTrialResponse, request, callback);
            }, "name", { value: "CompleteTrial" });

            /**
             * Calls CompleteTrial.
             * @function completeTrial
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.ICompleteTrialRequest} request CompleteTrialRequest message or plain object
             * @returns {Promise<thresher.v1.CompleteTrialResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link thresher.v1.Coordinator#completeTrials}.
             * @memberof thresher.v1.Coordinator
             * @typedef CompleteTrialsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.CompleteTrialsResponse} [response] CompleteTrialsResponse
             */

            /**
             * Calls CompleteTrials.
             * @function completeTrials
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.ICompleteTrialsRequest} request CompleteTrialsRequest message or plain object
             * @param {thresher.v1.Coordinator.CompleteTrialsCallback} callback Node-style callback called with the error, if any, and CompleteTrialsResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.completeTrials = function completeTrials(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, completeTrials, $root.thresher.v1.CompleteTrialsRequest, $root.thresher.v1.CompleteTrialsResponse, request, callback);
            }, "name", { value: "CompleteTrials" });

            /**
             * Calls CompleteTrials.
             * @function completeTrials
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.ICompleteTrialsRequest} request CompleteTrialsRequest message or plain object
             * @returns {Promise<thresher.v1.CompleteTrialsResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link thresher.v1.Coordinator#failTrial}.
             * @memberof thresher.v1.Coordinator
             * @typedef FailTrialCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.FailTrialResponse} [response] FailTrialResponse
             */

            /**
             * Calls FailTrial.
             * @function failTrial
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IFailTrialRequest} request FailTrialRequest message or plain object
             * @param {thresher.v1.Coordinator.FailTrialCallback} callback Node-style callback called with the error, if any, and FailTrialResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.failTrial = function failTrial(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, failTrial, $root.thresher.v1.FailTrialRequest, $root.thresher.v1.FailTrialResponse, request, callback);
            }, "name", { value: "FailTrial" });

            /**
             * Calls FailTrial.
             * @function failTrial
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IFailTrialRequest} request FailTrialRequest message or plain object
             * @returns {Promise<thresher.v1.FailTrialResponse>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link thresher.v1.Coordinator#drain}.
             * @memberof thresher.v1.Coordinator
             * @typedef DrainCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {thresher.v1.DrainResponse} [response] DrainResponse
             */

            /**
             * Calls Drain.
             * @function drain
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IDrainRequest} request DrainRequest message or plain object
             * @param {thresher.v1.Coordinator.DrainCallback} callback Node-style callback called with the error, if any, and DrainResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Coordinator.prototype.drain = function drain(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, drain, $root.thresher.v1.DrainRequest, $root.thresher.v1.DrainResponse, request, callback);
            }, "name", { value: "Drain" });

            /**
             * Calls Drain.
             * @function drain
             * @memberof thresher.v1.Coordinator
             * @instance
             * @param {thresher.v1.IDrainRequest} request DrainRequest message or plain object
             * @returns {Promise<thresher.v1.DrainResponse>} Promise
             * @variation 2
             */

            return Coordinator;
        })();

        /**
         * DataDistribution enum.
         * @name thresher.v1.DataDistribution
         * @enum {number}
         * @property {number} DATA_DISTRIBUTION_UNSPECIFIED=0 DATA_DISTRIBUTION_UNSPECIFIED value
         * @property {number} DATA_DISTRIBUTION_GAUSSIAN=1 DATA_DISTRIBUTION_GAUSSIAN value
         * @property {number} DATA_DISTRIBUTION_SPHERE=2 DATA_DISTRIBUTION_SPHERE value
         */
        v1.DataDistribution = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "DATA_DISTRIBUTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DATA_DISTRIBUTION_GAUSSIAN"] = 1;
            values[valuesById[2] = "DATA_DISTRIBUTION_SPHERE"] = 2;
            return values;
        })();

        /**
         * TeacherKind enum.
         * @name thresher.v1.TeacherKind
         * @enum {number}
         * @property {number} TEACHER_KIND_UNSPECIFIED=0 TEACHER_KIND_UNSPECIFIED value
         * @property {number} TEACHER_KIND_RANDOM=1 TEACHER_KIND_RANDOM value
         * @property {number} TEACHER_KIND_E1=2 TEACHER_KIND_E1 value
         */
        v1.TeacherKind = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "TEACHER_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TEACHER_KIND_RANDOM"] = 1;
            values[valuesById[2] = "TEACHER_KIND_E1"] = 2;
            return values;
        })();

        /**
         * InitKind enum.
         * @name thresher.v1.InitKind
         * @enum {number}
         * @property {number} INIT_KIND_UNSPECIFIED=0 INIT_KIND_UNSPECIFIED value
         * @property {number} INIT_KIND_BALANCED=1 INIT_KIND_BALANCED value
         * @property {number} INIT_KIND_GAUSSIAN=2 INIT_KIND_GAUSSIAN value
         */
        v1.InitKind = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "INIT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "INIT_KIND_BALANCED"] = 1;
            values[valuesById[2] = "INIT_KIND_GAUSSIAN"] = 2;
            return values;
        })();

        /**
         * Activation enum.
         * @name thresher.v1.Activation
         * @enum {number}
         * @property {number} ACTIVATION_UNSPECIFIED=0 ACTIVATION_UNSPECIFIED value
         * @property {number} ACTIVATION_RELU=1 ACTIVATION_RELU value
         * @property {number} ACTIVATION_GELU=2 ACTIVATION_GELU value
         */
        v1.Activation = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "ACTIVATION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ACTIVATION_RELU"] = 1;
            values[valuesById[2] = "ACTIVATION_GELU"] = 2;
            return values;
        })();

        /**
         * OptimizerKind enum.
         * @name thresher.v1.OptimizerKind
         * @enum {number}
         * @property {number} OPTIMIZER_KIND_UNSPECIFIED=0 OPTIMIZER_KIND_UNSPECIFIED value
         * @property {number} OPTIMIZER_KIND_GD=1 OPTIMIZER_KIND_GD value
         * @property {number} OPTIMIZER_KIND_ADAM=2 OPTIMIZER_KIND_ADAM value
         */
        v1.OptimizerKind = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "OPTIMIZER_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OPTIMIZER_KIND_GD"] = 1;
            values[valuesById[2] = "OPTIMIZER_KIND_ADAM"] = 2;
            return values;
        })();

        v1.TrialParams = (function() {

            /**
             * Properties of a TrialParams.
             * @memberof thresher.v1
             * @interface ITrialParams
             * @property {number|null} [n] TrialParams n
             * @property {number|null} [width] TrialParams width
             * @property {number|null} [seed] TrialParams seed
             * @property {number|null} [d] TrialParams d
             * @property {thresher.v1.DataDistribution|null} [data] TrialParams data
             * @property {thresher.v1.TeacherKind|null} [teacher] TrialParams teacher
             * @property {number|null} [noise] TrialParams noise
             * @property {number|null} [initScale] TrialParams initScale
             * @property {thresher.v1.InitKind|null} [init] TrialParams init
             * @property {thresher.v1.Activation|null} [activation] TrialParams activation
             * @property {thresher.v1.OptimizerKind|null} [optimizer] TrialParams optimizer
             * @property {number|null} [lr] TrialParams lr
             * @property {number|null} [steps] TrialParams steps
             * @property {boolean|null} [bias] TrialParams bias
             * @property {number|null} [testSize] TrialParams testSize
             * @property {number|null} [recordEvery] TrialParams recordEvery
             */

            /**
             * Constructs a new TrialParams.
             * @memberof thresher.v1
             * @classdesc Represents a TrialParams.
             * @implements ITrialParams
             * @constructor
             * @param {thresher.v1.ITrialParams=} [p] Properties to set
             */
            function TrialParams(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * TrialParams n.
             * @member {number} n
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.n = 0;

            /**
             * TrialParams width.
             * @member {number} width
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.width = 0;

            /**
             * TrialParams seed.
             * @member {number} seed
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.seed = 0;

            /**
             * TrialParams d.
             * @member {number} d
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.d = 0;

            /**
             * TrialParams data.
             * @member {thresher.v1.DataDistribution} data
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.data = 0;

            /**
             * TrialParams teacher.
             * @member {thresher.v1.TeacherKind} teacher
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.teacher = 0;

            /**
             * TrialParams noise.
             * @member {number} noise
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.noise = 0;

            /**
             * TrialParams initScale.
             * @member {number} initScale
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.initScale = 0;

            /**
             * TrialParams init.
             * @member {thresher.v1.InitKind} init
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.init = 0;

            /**
             * TrialParams activation.
             * @member {thresher.v1.Activation} activation
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.activation = 0;

            /**
             * TrialParams optimizer.
             * @member {thresher.v1.OptimizerKind} optimizer
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.optimizer = 0;

            /**
             * TrialParams lr.
             * @member {number} lr
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.lr = 0;

            /**
             * TrialParams steps.
             * @member {number} steps
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.steps = 0;

            /**
             * TrialParams bias.
             * @member {boolean} bias
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.bias = false;

            /**
             * TrialParams testSize.
             * @member {number} testSize
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.testSize = 0;

            /**
             * TrialParams recordEvery.
             * @member {number} recordEvery
             * @memberof thresher.v1.TrialParams
             * @instance
             */
            TrialParams.prototype.recordEvery = 0;

            /**
             * Creates a new TrialParams instance using the specified properties.
             * @function create
             * @memberof thresher.v1.TrialParams
             * @static
             * @param {thresher.v1.ITrialParams=} [properties] Properties to set
             * @returns {thresher.v1.TrialParams} TrialParams instance
             */
            TrialParams.create = function create(properties) {
                return new TrialParams(properties);
            };

            /**
             * Encodes the specified TrialParams message. Does not implicitly {@link thresher.v1.TrialParams.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.TrialParams
             * @static
             * @param {thresher.v1.ITrialParams} m TrialParams message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrialParams.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.n != null && Object.hasOwnProperty.call(m, "n"))
                    w.uint32(8).uint32(m.n);
                if (m.width != null && Object.hasOwnProperty.call(m, "width"))
                    w.uint32(16).uint32(m.width);
                if (m.seed != null && Object.hasOwnProperty.call(m, "seed"))
                    w.uint32(25).double(m.seed);
                if (m.d != null && Object.hasOwnProperty.call(m, "d"))
                    w.uint32(32).uint32(m.d);
                if (m.data != null && Object.hasOwnProperty.call(m, "data"))
                    w.uint32(40).int32(m.data);
                if (m.teacher != null && Object.hasOwnProperty.call(m, "teacher"))
                    w.uint32(48).int32(m.teacher);
                if (m.noise != null && Object.hasOwnProperty.call(m, "noise"))
                    w.uint32(57).double(m.noise);
                if (m.initScale != null && Object.hasOwnProperty.call(m, "initScale"))
                    w.uint32(65).double(m.initScale);
                if (m.init != null && Object.hasOwnProperty.call(m, "init"))
                    w.uint32(72).int32(m.init);
                if (m.activation != null && Object.hasOwnProperty.call(m, "activation"))
                    w.uint32(80).int32(m.activation);
                if (m.optimizer != null && Object.hasOwnProperty.call(m, "optimizer"))
                    w.uint32(88).int32(m.optimizer);
                if (m.lr != null && Object.hasOwnProperty.call(m, "lr"))
                    w.uint32(97).double(m.lr);
                if (m.steps != null && Object.hasOwnProperty.call(m, "steps"))
                    w.uint32(104).uint32(m.steps);
                if (m.bias != null && Object.hasOwnProperty.call(m, "bias"))
                    w.uint32(112).bool(m.bias);
                if (m.testSize != null && Object.hasOwnProperty.call(m, "testSize"))
                    w.uint32(120).uint32(m.testSize);
                if (m.recordEvery != null && Object.hasOwnProperty.call(m, "recordEvery"))
                    w.uint32(128).uint32(m.recordEvery);
                return w;
            };

            /**
             * Encodes the specified TrialParams message, length delimited. Does not implicitly {@link thresher.v1.TrialParams.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.TrialParams
             * @static
             * @param {thresher.v1.ITrialParams} message TrialParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrialParams.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a TrialParams message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.TrialParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.TrialParams} TrialParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrialParams.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.TrialParams();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.n = r.uint32();
                            break;
                        }
                    case 2: {
                            m.width = r.uint32();
                            break;
                        }
                    case 3: {
                            m.seed = r.double();
                            break;
                        }
                    case 4: {
                            m.d = r.uint32();
                            break;
                        }
                    case 5: {
                            m.data = r.int32();
                            break;
                        }
                    case 6: {
                            m.teacher = r.int32();
                            break;
                        }
                    case 7: {
                            m.noise = r.double();
                            break;
                        }
                    case 8: {
                            m.initScale = r.double();
                            break;
                        }
                    case 9: {
                            m.init = r.int32();
                            break;
                        }
                    case 10: {
                            m.activation = r.int32();
                            break;
                        }
                    case 11: {
                            m.optimizer = r.int32();
                            break;
                        }
                    case 12: {
                            m.lr = r.double();
                            break;
                        }
                    case 13: {
                            m.steps = r.uint32();
                            break;
                        }
                    case 14: {
                            m.bias = r.bool();
                            break;
                        }
                    case 15: {
                            m.testSize = r.uint32();
                            break;
                        }
                    case 16: {
                            m.recordEvery = r.uint32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a TrialParams message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.TrialParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.TrialParams} TrialParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrialParams.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a TrialParams message.
             * @function verify
             * @memberof thresher.v1.TrialParams
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TrialParams.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.n != null && Object.hasOwnProperty.call(m, "n")) {
                    if (!$util.isInteger(m.n))
                        return "n: integer expected";
                }
                if (m.width != null && Object.hasOwnProperty.call(m, "width")) {
                    if (!$util.isInteger(m.width))
                        return "width: integer expected";
                }
                if (m.seed != null && Object.hasOwnProperty.call(m, "seed")) {
                    if (typeof m.seed !== "number")
                        return "seed: number expected";
                }
                if (m.d != null && Object.hasOwnProperty.call(m, "d")) {
                    if (!$util.isInteger(m.d))
                        return "d: integer expected";
                }
                if (m.data != null && Object.hasOwnProperty.call(m, "data")) {
                    switch (m.data) {
                    default:
                        return "data: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                }
                if (m.teacher != null && Object.hasOwnProperty.call(m, "teacher")) {
                    switch (m.teacher) {
                    default:
                        return "teacher: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                }
                if (m.noise != null && Object.hasOwnProperty.call(m, "noise")) {
                    if (typeof m.noise !== "number")
                        return "noise: number expected";
                }
                if (m.initScale != null && Object.hasOwnProperty.call(m, "initScale")) {
                    if (typeof m.initScale !== "number")
                        return "initScale: number expected";
                }
                if (m.init != null && Object.hasOwnProperty.call(m, "init")) {
                    switch (m.init) {
                    default:
                        return "init: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                }
                if (m.activation != null && Object.hasOwnProperty.call(m, "activation")) {
                    switch (m.activation) {
                    default:
                        return "activation: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                }
                if (m.optimizer != null && Object.hasOwnProperty.call(m, "optimizer")) {
                    switch (m.optimizer) {
                    default:
                        return "optimizer: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                }
                if (m.lr != null && Object.hasOwnProperty.call(m, "lr")) {
                    if (typeof m.lr !== "number")
                        return "lr: number expected";
                }
                if (m.steps != null && Object.hasOwnProperty.call(m, "steps")) {
                    if (!$util.isInteger(m.steps))
                        return "steps: integer expected";
                }
                if (m.bias != null && Object.hasOwnProperty.call(m, "bias")) {
                    if (typeof m.bias !== "boolean")
                        return "bias: boolean expected";
                }
                if (m.testSize != null && Object.hasOwnProperty.call(m, "testSize")) {
                    if (!$util.isInteger(m.testSize))
                        return "testSize: integer expected";
                }
                if (m.recordEvery != null && Object.hasOwnProperty.call(m, "recordEvery")) {
                    if (!$util.isInteger(m.recordEvery))
                        return "recordEvery: integer expected";
                }
                return null;
            };

            /**
             * Creates a TrialParams message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.TrialParams
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.TrialParams} TrialParams
             */
            TrialParams.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.TrialParams)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.TrialParams: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.TrialParams();
                if (d.n != null) {
                    m.n = d.n >>> 0;
                }
                if (d.width != null) {
                    m.width = d.width >>> 0;
                }
                if (d.seed != null) {
                    m.seed = Number(d.seed);
                }
                if (d.d != null) {
                    m.d = d.d >>> 0;
                }
                switch (d.data) {
                default:
                    if (typeof d.data === "number") {
                        m.data = d.data;
                        break;
                    }
                    break;
                case "DATA_DISTRIBUTION_UNSPECIFIED":
                case 0:
                    m.data = 0;
                    break;
                case "DATA_DISTRIBUTION_GAUSSIAN":
                case 1:
                    m.data = 1;
                    break;
                case "DATA_DISTRIBUTION_SPHERE":
                case 2:
                    m.data = 2;
                    break;
                }
                switch (d.teacher) {
                default:
                    if (typeof d.teacher === "number") {
                        m.teacher = d.teacher;
                        break;
                    }
                    break;
                case "TEACHER_KIND_UNSPECIFIED":
                case 0:
                    m.teacher = 0;
                    break;
                case "TEACHER_KIND_RANDOM":
                case 1:
                    m.teacher = 1;
                    break;
                case "TEACHER_KIND_E1":
                case 2:
                    m.teacher = 2;
                    break;
                }
                if (d.noise != null) {
                    m.noise = Number(d.noise);
                }
                if (d.initScale != null) {
                    m.initScale = Number(d.initScale);
                }
                switch (d.init) {
                default:
                    if (typeof d.init === "number") {
                        m.init = d.init;
                        break;
                    }
                    break;
                case "INIT_KIND_UNSPECIFIED":
                case 0:
                    m.init = 0;
                    break;
                case "INIT_KIND_BALANCED":
                case 1:
                    m.init = 1;
                    break;
                case "INIT_KIND_GAUSSIAN":
                case 2:
                    m.init = 2;
                    break;
                }
                switch (d.activation) {
                default:
                    if (typeof d.activation === "number") {
                        m.activation = d.activation;
                        break;
                    }
                    break;
                case "ACTIVATION_UNSPECIFIED":
                case 0:
                    m.activation = 0;
                    break;
                case "ACTIVATION_RELU":
                case 1:
                    m.activation = 1;
                    break;
                case "ACTIVATION_GELU":
                case 2:
                    m.activation = 2;
                    break;
                }
                switch (d.optimizer) {
                default:
                    if (typeof d.optimizer === "number") {
                        m.optimizer = d.optimizer;
                        break;
                    }
                    break;
                case "OPTIMIZER_KIND_UNSPECIFIED":
                case 0:
                    m.optimizer = 0;
                    break;
                case "OPTIMIZER_KIND_GD":
                case 1:
                    m.optimizer = 1;
                    break;
                case "OPTIMIZER_KIND_ADAM":
                case 2:
                    m.optimizer = 2;
                    break;
                }
                if (d.lr != null) {
                    m.lr = Number(d.lr);
                }
                if (d.steps != null) {
                    m.steps = d.steps >>> 0;
                }
                if (d.bias != null) {
                    m.bias = Boolean(d.bias);
                }
                if (d.testSize != null) {
                    m.testSize = d.testSize >>> 0;
                }
                if (d.recordEvery != null) {
                    m.recordEvery = d.recordEvery >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a TrialParams message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.TrialParams
             * @static
             * @param {thresher.v1.TrialParams} m TrialParams
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TrialParams.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.n = 0;
                    d.width = 0;
                    d.seed = 0;
                    d.d = 0;
                    d.data = o.enums === String ? "DATA_DISTRIBUTION_UNSPECIFIED" : 0;
                    d.teacher = o.enums === String ? "TEACHER_KIND_UNSPECIFIED" : 0;
                    d.noise = 0;
                    d.initScale = 0;
                    d.init = o.enums === String ? "INIT_KIND_UNSPECIFIED" : 0;
                    d.activation = o.enums === String ? "ACTIVATION_UNSPECIFIED" : 0;
                    d.optimizer = o.enums === String ? "OPTIMIZER_KIND_UNSPECIFIED" : 0;
                    d.lr = 0;
                    d.steps = 0;
                    d.bias = false;
                    d.testSize = 0;
                    d.recordEvery = 0;
                }
                if (m.n != null && Object.hasOwnProperty.call(m, "n")) {
                    d.n = m.n;
                }
                if (m.width != null && Object.hasOwnProperty.call(m, "width")) {
                    d.width = m.width;
                }
                if (m.seed != null && Object.hasOwnProperty.call(m, "seed")) {
                    d.seed = o.json && !isFinite(m.seed) ? String(m.seed) : m.seed;
                }
                if (m.d != null && Object.hasOwnProperty.call(m, "d")) {
                    d.d = m.d;
                }
                if (m.data != null && Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.enums === String ? $root.thresher.v1.DataDistribution[m.data] === undefined ? m.data : $root.thresher.v1.DataDistribution[m.data] : m.data;
                }
                if (m.teacher != null && Object.hasOwnProperty.call(m, "teacher")) {
                    d.teacher = o.enums === String ? $root.thresher.v1.TeacherKind[m.teacher] === undefined ? m.teacher : $root.thresher.v1.TeacherKind[m.teacher] : m.teacher;
                }
                if (m.noise != null && Object.hasOwnProperty.call(m, "noise")) {
                    d.noise = o.json && !isFinite(m.noise) ? String(m.noise) : m.noise;
                }
                if (m.initScale != null && Object.hasOwnProperty.call(m, "initScale")) {
                    d.initScale = o.json && !isFinite(m.initScale) ? String(m.initScale) : m.initScale;
                }
                if (m.init != null && Object.hasOwnProperty.call(m, "init")) {
                    d.init = o.enums === String ? $root.thresher.v1.InitKind[m.init] === undefined ? m.init : $root.thresher.v1.InitKind[m.init] : m.init;
                }
                if (m.activation != null && Object.hasOwnProperty.call(m, "activation")) {
                    d.activation = o.enums === String ? $root.thresher.v1.Activation[m.activation] === undefined ? m.activation : $root.thresher.v1.Activation[m.activation] : m.activation;
                }
                if (m.optimizer != null && Object.hasOwnProperty.call(m, "optimizer")) {
                    d.optimizer = o.enums === String ? $root.thresher.v1.OptimizerKind[m.optimizer] === undefined ? m.optimizer : $root.thresher.v1.OptimizerKind[m.optimizer] : m.optimizer;
                }
                if (m.lr != null && Object.hasOwnProperty.call(m, "lr")) {
                    d.lr = o.json && !isFinite(m.lr) ? String(m.lr) : m.lr;
                }
                if (m.steps != null && Object.hasOwnProperty.call(m, "steps")) {
                    d.steps = m.steps;
                }
                if (m.bias != null && Object.hasOwnProperty.call(m, "bias")) {
                    d.bias = m.bias;
                }
                if (m.testSize != null && Object.hasOwnProperty.call(m, "testSize")) {
                    d.testSize = m.testSize;
                }
                if (m.recordEvery != null && Object.hasOwnProperty.call(m, "recordEvery")) {
                    d.recordEvery = m.recordEvery;
                }
                return d;
            };

            /**
             * Converts this TrialParams to JSON.
             * @function toJSON
             * @memberof thresher.v1.TrialParams
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TrialParams.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TrialParams
             * @function getTypeUrl
             * @memberof thresher.v1.TrialParams
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TrialParams.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.TrialParams";
            };

            return TrialParams;
        })();

        v1.TrialMetrics = (function() {

            /**
             * Properties of a TrialMetrics.
             * @memberof thresher.v1
             * @interface ITrialMetrics
             * @property {number|null} [trainLoss] TrialMetrics trainLoss
             * @property {number|null} [testLoss] TrialMetrics testLoss
             * @property {number|null} [excessRisk] TrialMetrics excessRisk
             * @property {number|null} [olsTrainLoss] TrialMetrics olsTrainLoss
             * @property {number|null} [olsTestLoss] TrialMetrics olsTestLoss
             * @property {number|null} [olsExcessRisk] TrialMetrics olsExcessRisk
             * @property {number|null} [interpRatio] TrialMetrics interpRatio
             * @property {number|null} [testRatio] TrialMetrics testRatio
             * @property {number|null} [alignedFraction] TrialMetrics alignedFraction
             * @property {boolean|null} [converged] TrialMetrics converged
             */

            /**
             * Constructs a new TrialMetrics.
             * @memberof thresher.v1
             * @classdesc Represents a TrialMetrics.
             * @implements ITrialMetrics
             * @constructor
             * @param {thresher.v1.ITrialMetrics=} [p] Properties to set
             */
            function TrialMetrics(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * TrialMetrics trainLoss.
             * @member {number|null|undefined} trainLoss
             * @memberof thresher.v1.TrialMetrics
             * @instance
             */
            TrialMetrics.prototype.trainLoss = null;

            /**
             * TrialMetrics testLoss.
             * @member {number|null|undefined} testLoss
             * @memberof thresher.v1.TrialMetrics
             * @instance
             */
            TrialMetrics.prototype.testLoss = null;

            /**
             * TrialMetrics excessRisk.
             * @member {number|null|undefined} excessRisk
             * @memberof thresher.v1.TrialMetrics
             * @instance
             */
            TrialMetrics.prototype.excessRisk = null;

            /**
             * TrialMetrics olsTrainLoss.
             * @member {number|null|undefined} olsTrainLoss
             * @memberof thresher.v1.TrialMetrics
             * @instance
             */
            TrialMetrics.prototype.olsTrainLoss = null;

            /**
             * TrialMetrics olsTestLoss.
             * @member {number|null|undefined} olsTestLoss
             * @memberof thresher.v1.TrialMetrics
             * @instance
             */
            TrialMetrics.prototype.olsTestLoss = null;

            /**
             * TrialMetrics olsExcessRisk.
             * @member {number|null|undefined} olsExcessRisk
             * @memberof thresher.v1.TrialMetrics
             * @instance
             */
            TrialMetrics.prototype.olsExcessRisk = null;

            /**
             * TrialMetrics interpRatio.
             * @member {number|null|undefined} interpRatio
             * @memberof thresher.v1.TrialMetrics
             * @instance
             */
            TrialMetrics.prototype.interpRatio = null;

            /**
             * TrialMetrics testRatio.
             * @member {number|null|undefined} testRatio
             * @memberof thresher.v1.TrialMetrics
             * @instance
             */
            TrialMetrics.prototype.testRatio = null;

            /**
             * TrialMetrics alignedFraction.
             * @member {number|null|undefined} alignedFraction
             * @memberof thresher.v1.TrialMetrics
             * @instance
             */
            TrialMetrics.prototype.alignedFraction = null;

            /**
             * TrialMetrics converged.
             * @member {boolean} converged
             * @memberof thresher.v1.TrialMetrics
             * @instance
             */
            TrialMetrics.prototype.converged = false;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(TrialMetrics.prototype, "_trainLoss", {
                get: $util.oneOfGetter($oneOfFields = ["trainLoss"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(TrialMetrics.prototype, "_testLoss", {
                get: $util.oneOfGetter($oneOfFields = ["testLoss"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(TrialMetrics.prototype, "_excessRisk", {
                get: $util.oneOfGetter($oneOfFields = ["excessRisk"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(TrialMetrics.prototype, "_olsTrainLoss", {
                get: $util.oneOfGetter($oneOfFields = ["olsTrainLoss"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(TrialMetrics.prototype, "_olsTestLoss", {
                get: $util.oneOfGetter($oneOfFields = ["olsTestLoss"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(TrialMetrics.prototype, "_olsExcessRisk", {
                get: $util.oneOfGetter($oneOfFields = ["olsExcessRisk"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(TrialMetrics.prototype, "_interpRatio", {
                get: $util.oneOfGetter($oneOfFields = ["interpRatio"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(TrialMetrics.prototype, "_testRatio", {
                get: $util.oneOfGetter($oneOfFields = ["testRatio"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(TrialMetrics.prototype, "_alignedFraction", {
                get: $util.oneOfGetter($oneOfFields = ["alignedFraction"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new TrialMetrics instance using the specified properties.
             * @function create
             * @memberof thresher.v1.TrialMetrics
             * @static
             * @param {thresher.v1.ITrialMetrics=} [properties] Properties to set
             * @returns {thresher.v1.TrialMetrics} TrialMetrics instance
             */
            TrialMetrics.create = function create(properties) {
                return new TrialMetrics(properties);
            };

            /**
             * Encodes the specified TrialMetrics message. Does not implicitly {@link thresher.v1.TrialMetrics.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.TrialMetrics
             * @static
             * @param {thresher.v1.ITrialMetrics} m TrialMetrics message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrialMetrics.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.trainLoss != null && Object.hasOwnProperty.call(m, "trainLoss"))
                    w.uint32(9).double(m.trainLoss);
                if (m.testLoss != null && Object.hasOwnProperty.call(m, "testLoss"))
                    w.uint32(17).double(m.testLoss);
                if (m.excessRisk != null && Object.hasOwnProperty.call(m, "excessRisk"))
                    w.uint32(25).double(m.excessRisk);
                if (m.olsTrainLoss != null && Object.hasOwnProperty.call(m, "olsTrainLoss"))
                    w.uint32(33).double(m.olsTrainLoss);
                if (m.olsTestLoss != null && Object.hasOwnProperty.call(m, "olsTestLoss"))
                    w.uint32(41).double(m.olsTestLoss);
                if (m.olsExcessRisk != null && Object.hasOwnProperty.call(m, "olsExcessRisk"))
                    w.uint32(49).double(m.olsExcessRisk);
                if (m.interpRatio != null && Object.hasOwnProperty.call(m, "interpRatio"))
                    w.uint32(57).double(m.interpRatio);
                if (m.testRatio != null && Object.hasOwnProperty.call(m, "testRatio"))
                    w.uint32(65).double(m.testRatio);
                if (m.alignedFraction != null && Object.hasOwnProperty.call(m, "alignedFraction"))
                    w.uint32(73).double(m.alignedFraction);
                if (m.converged != null && Object.hasOwnProperty.call(m, "converged"))
                    w.uint32(80).bool(m.converged);
                return w;
            };

            /**
             * Encodes the specified TrialMetrics message, length delimited. Does not implicitly {@link thresher.v1.TrialMetrics.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.TrialMetrics
             * @static
             * @param {thresher.v1.ITrialMetrics} message TrialMetrics message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrialMetrics.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a TrialMetrics message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.TrialMetrics
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.TrialMetrics} TrialMetrics
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrialMetrics.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.TrialMetrics();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.trainLoss = r.double();
                            break;
                        }
                    case 2: {
                            m.testLoss = r.double();
                            break;
                        }
                    case 3: {
                            m.excessRisk = r.double();
                            break;
                        }
                    case 4: {
                            m.olsTrainLoss = r.double();
                            break;
                        }
                    case 5: {
                            m.olsTestLoss = r.double();
                            break;
                        }
                    case 6: {
                            m.olsExcessRisk = r.double();
                            break;
                        }
                    case 7: {
                            m.interpRatio = r.double();
                            break;
                        }
                    case 8: {
                            m.testRatio = r.double();
                            break;
                        }
                    case 9: {
                            m.alignedFraction = r.double();
                            break;
                        }
                    case 10: {
                            m.converged = r.bool();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a TrialMetrics message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.TrialMetrics
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.TrialMetrics} TrialMetrics
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrialMetrics.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a TrialMetrics message.
             * @function verify
             * @memberof thresher.v1.TrialMetrics
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TrialMetrics.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                var p = {};
                if (m.trainLoss != null && Object.hasOwnProperty.call(m, "trainLoss")) {
                    p._trainLoss = 1;
                    if (typeof m.trainLoss !== "number")
                        return "trainLoss: number expected";
                }
                if (m.testLoss != null && Object.hasOwnProperty.call(m, "testLoss")) {
                    p._testLoss = 1;
                    if (typeof m.testLoss !== "number")
                        return "testLoss: number expected";
                }
                if (m.excessRisk != null && Object.hasOwnProperty.call(m, "excessRisk")) {
                    p._excessRisk = 1;
                    if (typeof m.excessRisk !== "number")
                        return "excessRisk: number expected";
                }
                if (m.olsTrainLoss != null && Object.hasOwnProperty.call(m, "olsTrainLoss")) {
                    p._olsTrainLoss = 1;
                    if (typeof m.olsTrainLoss !== "number")
                        return "olsTrainLoss: number expected";
                }
                if (m.olsTestLoss != null && Object.hasOwnProperty.call(m, "olsTestLoss")) {
                    p._olsTestLoss = 1;
                    if (typeof m.olsTestLoss !== "number")
                        return "olsTestLoss: number expected";
                }
                if (m.olsExcessRisk != null && Object.hasOwnProperty.call(m, "olsExcessRisk")) {
                    p._olsExcessRisk = 1;
                    if (typeof m.olsExcessRisk !== "number")
                        return "olsExcessRisk: number expected";
                }
                if (m.interpRatio != null && Object.hasOwnProperty.call(m, "interpRatio")) {
                    p._interpRatio = 1;
                    if (typeof m.interpRatio !== "number")
                        return "interpRatio: number expected";
                }
                if (m.testRatio != null && Object.hasOwnProperty.call(m, "testRatio")) {
                    p._testRatio = 1;
                    if (typeof m.testRatio !== "number")
                        return "testRatio: number expected";
                }
                if (m.alignedFraction != null && Object.hasOwnProperty.call(m, "alignedFraction")) {
                    p._alignedFraction = 1;
                    if (typeof m.alignedFraction !== "number")
                        return "alignedFraction: number expected";
                }
                if (m.converged != null && Object.hasOwnProperty.call(m, "converged")) {
                    if (typeof m.converged !== "boolean")
                        return "converged: boolean expected";
                }
                return null;
            };

            /**
             * Creates a TrialMetrics message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.TrialMetrics
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.TrialMetrics} TrialMetrics
             */
            TrialMetrics.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.TrialMetrics)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.TrialMetrics: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.TrialMetrics();
                if (d.trainLoss != null) {
                    m.trainLoss = Number(d.trainLoss);
                }
                if (d.testLoss != null) {
                    m.testLoss = Number(d.testLoss);
                }
                if (d.excessRisk != null) {
                    m.excessRisk = Number(d.excessRisk);
                }
                if (d.olsTrainLoss != null) {
                    m.olsTrainLoss = Number(d.olsTrainLoss);
                }
                if (d.olsTestLoss != null) {
                    m.olsTestLoss = Number(d.olsTestLoss);
                }
                if (d.olsExcessRisk != null) {
                    m.olsExcessRisk = Number(d.olsExcessRisk);
                }
                if (d.interpRatio != null) {
                    m.interpRatio = Number(d.interpRatio);
                }
                if (d.testRatio != null) {
                    m.testRatio = Number(d.testRatio);
                }
                if (d.alignedFraction != null) {
                    m.alignedFraction = Number(d.alignedFraction);
                }
                if (d.converged != null) {
                    m.converged = Boolean(d.converged);
                }
                return m;
            };

            /**
             * Creates a plain object from a TrialMetrics message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.TrialMetrics
             * @static
             * @param {thresher.v1.TrialMetrics} m TrialMetrics
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TrialMetrics.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.converged = false;
                }
                if (m.trainLoss != null && Object.hasOwnProperty.call(m, "trainLoss")) {
                    d.trainLoss = o.json && !isFinite(m.trainLoss) ? String(m.trainLoss) : m.trainLoss;
                    if (o.oneofs)
                        d._trainLoss = "trainLoss";
                }
                if (m.testLoss != null && Object.hasOwnProperty.call(m, "testLoss")) {
                    d.testLoss = o.json && !isFinite(m.testLoss) ? String(m.testLoss) : m.testLoss;
                    if (o.oneofs)
                        d._testLoss = "testLoss";
                }
                if (m.excessRisk != null && Object.hasOwnProperty.call(m, "excessRisk")) {
                    d.excessRisk = o.json && !isFinite(m.excessRisk) ? String(m.excessRisk) : m.excessRisk;
                    if (o.oneofs)
                        d._excessRisk = "excessRisk";
                }
                if (m.olsTrainLoss != null && Object.hasOwnProperty.call(m, "olsTrainLoss")) {
                    d.olsTrainLoss = o.json && !isFinite(m.olsTrainLoss) ? String(m.olsTrainLoss) : m.olsTrainLoss;
                    if (o.oneofs)
                        d._olsTrainLoss = "olsTrainLoss";
                }
                if (m.olsTestLoss != null && Object.hasOwnProperty.call(m, "olsTestLoss")) {
                    d.olsTestLoss = o.json && !isFinite(m.olsTestLoss) ? String(m.olsTestLoss) : m.olsTestLoss;
                    if (o.oneofs)
                        d._olsTestLoss = "olsTestLoss";
                }
                if (m.olsExcessRisk != null && Object.hasOwnProperty.call(m, "olsExcessRisk")) {
                    d.olsExcessRisk = o.json && !isFinite(m.olsExcessRisk) ? String(m.olsExcessRisk) : m.olsExcessRisk;
                    if (o.oneofs)
                        d._olsExcessRisk = "olsExcessRisk";
                }
                if (m.interpRatio != null && Object.hasOwnProperty.call(m, "interpRatio")) {
                    d.interpRatio = o.json && !isFinite(m.interpRatio) ? String(m.interpRatio) : m.interpRatio;
                    if (o.oneofs)
                        d._interpRatio = "interpRatio";
                }
                if (m.testRatio != null && Object.hasOwnProperty.call(m, "testRatio")) {
                    d.testRatio = o.json && !isFinite(m.testRatio) ? String(m.testRatio) : m.testRatio;
                    if (o.oneofs)
                        d._testRatio = "testRatio";
                }
                if (m.alignedFraction != null && Object.hasOwnProperty.call(m, "alignedFraction")) {
                    d.alignedFraction = o.json && !isFinite(m.alignedFraction) ? String(m.alignedFraction) : m.alignedFraction;
                    if (o.oneofs)
                        d._alignedFraction = "alignedFraction";
                }
                if (m.converged != null && Object.hasOwnProperty.call(m, "converged")) {
                    d.converged = m.converged;
                }
                return d;
            };

            /**
             * Converts this TrialMetrics to JSON.
             * @function toJSON
             * @memberof thresher.v1.TrialMetrics
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TrialMetrics.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TrialMetrics
             * @function getTypeUrl
             * @memberof thresher.v1.TrialMetrics
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TrialMetrics.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.TrialMetrics";
            };

            return TrialMetrics;
        })();

        v1.Curve = (function() {

            /**
             * Properties of a Curve.
             * @memberof thresher.v1
             * @interface ICurve
             * @property {Array.<number>|null} [step] Curve step
             * @property {Array.<number>|null} [trainLoss] Curve trainLoss
             * @property {Array.<number>|null} [testLoss] Curve testLoss
             * @property {Array.<number>|null} [alignedFraction] Curve alignedFraction
             */

            /**
             * Constructs a new Curve.
             * @memberof thresher.v1
             * @classdesc Represents a Curve.
             * @implements ICurve
             * @constructor
             * @param {thresher.v1.ICurve=} [p] Properties to set
             */
            function Curve(p) {
                this.step = [];
                this.trainLoss = [];
                this.testLoss = [];
                this.alignedFraction = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * Curve step.
             * @member {Array.<number>} step
             * @memberof thresher.v1.Curve
             * @instance
             */
            Curve.prototype.step = $util.emptyArray;

            /**
             * Curve trainLoss.
             * @member {Array.<number>} trainLoss
             * @memberof thresher.v1.Curve
             * @instance
             */
            Curve.prototype.trainLoss = $util.emptyArray;

            /**
             * Curve testLoss.
             * @member {Array.<number>} testLoss
             * @memberof thresher.v1.Curve
             * @instance
             */
            Curve.prototype.testLoss = $util.emptyArray;

            /**
             * Curve alignedFraction.
             * @member {Array.<number>} alignedFraction
             * @memberof thresher.v1.Curve
             * @instance
             */
            Curve.prototype.alignedFraction = $util.emptyArray;

            /**
             * Creates a new Curve instance using the specified properties.
             * @function create
             * @memberof thresher.v1.Curve
             * @static
             * @param {thresher.v1.ICurve=} [properties] Properties to set
             * @returns {thresher.v1.Curve} Curve instance
             */
            Curve.create = function create(properties) {
                return new Curve(properties);
            };

            /**
             * Encodes the specified Curve message. Does not implicitly {@link thresher.v1.Curve.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.Curve
             * @static
             * @param {thresher.v1.ICurve} m Curve message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Curve.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.step != null && m.step.length) {
                    w.uint32(10).fork();
                    for (var i = 0; i < m.step.length; ++i)
                        w.uint32(m.step[i]);
                    w.ldelim();
                }
                if (m.trainLoss != null && m.trainLoss.length) {
                    w.uint32(18).fork();
                    for (var i = 0; i < m.trainLoss.length; ++i)
                        w.double(m.trainLoss[i]);
                    w.ldelim();
                }
                if (m.testLoss != null && m.testLoss.length) {
                    w.uint32(26).fork();
                    for (var i = 0; i < m.testLoss.length; ++i)
                        w.double(m.testLoss[i]);
                    w.ldelim();
                }
                if (m.alignedFraction != null && m.alignedFraction.length) {
                    w.uint32(34).fork();
                    for (var i = 0; i < m.alignedFraction.length; ++i)
                        w.double(m.alignedFraction[i]);
                    w.ldelim();
                }
                return w;
            };

            /**
             * Encodes the specified Curve message, length delimited. Does not implicitly {@link thresher.v1.Curve.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.Curve
             * @static
             * @param {thresher.v1.ICurve} message Curve message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Curve.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a Curve message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.Curve
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.Curve} Curve
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Curve.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.Curve();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.step && m.step.length))
                                m.step = [];
                            if ((t & 7) === 2) {
                                var c2 = r.uint32() + r.pos;
                                if (c2 > r.len)
                                    throw RangeError("index out of range");
                                r.len = c2;
                                while (r.pos < c2)
                                    m.step.push(r.uint32());
                                if (r.pos !== c2)
                                    throw RangeError("index out of range");
                                r.len = c;
                            } else
                                m.step.push(r.uint32());
                            break;
                        }
                    case 2: {
                            if (!(m.trainLoss && m.trainLoss.length))
                                m.trainLoss = [];
                            if ((t & 7) === 2) {
                                var c2 = r.uint32() + r.pos;
                                if (c2 > r.len)
                                    throw RangeError("index out of range");
                                r.len = c2;
                                while (r.pos < c2)
                                    m.trainLoss.push(r.double());
                                if (r.pos !== c2)
                                    throw RangeError("index out of range");
                                r.len = c;
                            } else
                                m.trainLoss.push(r.double());
                            break;
                        }
                    case 3: {
                            if (!(m.testLoss && m.testLoss.length))
                                m.testLoss = [];
                            if ((t & 7) === 2) {
                                var c2 = r.uint32() + r.pos;
                                if (c2 > r.len)
                                    throw RangeError("index out of range");
                                r.len = c2;
                                while (r.pos < c2)
                                    m.testLoss.push(r.double());
                                if (r.pos !== c2)
                                    throw RangeError("index out of range");
                                r.len = c;
                            } else
                                m.testLoss.push(r.double());
                            break;
                        }
                    case 4: {
                            if (!(m.alignedFraction && m.alignedFraction.length))
                                m.alignedFraction = [];
                            if ((t & 7) === 2) {
                                var c2 = r.uint32() + r.pos;
                                if (c2 > r.len)
                                    throw RangeError("index out of range");
                                r.len = c2;
                                while (r.pos < c2)
                                    m.alignedFraction.push(r.double());
                                if (r.pos !== c2)
                                    throw RangeError("index out of range");
                                r.len = c;
                            } else
                                m.alignedFraction.push(r.double());
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a Curve message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.Curve
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.Curve} Curve
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Curve.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Curve message.
             * @function verify
             * @memberof thresher.v1.Curve
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Curve.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.step != null && Object.hasOwnProperty.call(m, "step")) {
                    if (!Array.isArray(m.step))
                        return "step: array expected";
                    for (var i = 0; i < m.step.length; ++i) {
                        if (!$util.isInteger(m.step[i]))
                            return "step: integer[] expected";
                    }
                }
                if (m.trainLoss != null && Object.hasOwnProperty.call(m, "trainLoss")) {
                    if (!Array.isArray(m.trainLoss))
                        return "trainLoss: array expected";
                    for (var i = 0; i < m.trainLoss.length; ++i) {
                        if (typeof m.trainLoss[i] !== "number")
                            return "trainLoss: number[] expected";
                    }
                }
                if (m.testLoss != null && Object.hasOwnProperty.call(m, "testLoss")) {
                    if (!Array.isArray(m.testLoss))
                        return "testLoss: array expected";
                    for (var i = 0; i < m.testLoss.length; ++i) {
                        if (typeof m.testLoss[i] !== "number")
                            return "testLoss: number[] expected";
                    }
                }
                if (m.alignedFraction != null && Object.hasOwnProperty.call(m, "alignedFraction")) {
                    if (!Array.isArray(m.alignedFraction))
                        return "alignedFraction: array expected";
                    for (var i = 0; i < m.alignedFraction.length; ++i) {
                        if (typeof m.alignedFraction[i] !== "number")
                            return "alignedFraction: number[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a Curve message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.Curve
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.Curve} Curve
             */
            Curve.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.Curve)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.Curve: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.Curve();
                if (d.step) {
                    if (!Array.isArray(d.step))
                        throw TypeError(".thresher.v1.Curve.step: array expected");
                    m.step = [];
                    for (var i = 0; i < d.step.length; ++i) {
                        m.step[i] = d.step[i] >>> 0;
                    }
                }
                if (d.trainLoss) {
                    if (!Array.isArray(d.trainLoss))
                        throw TypeError(".thresher.v1.Curve.trainLoss: array expected");
                    m.trainLoss = [];
                    for (var i = 0; i < d.trainLoss.length; ++i) {
                        m.trainLoss[i] = Number(d.trainLoss[i]);
                    }
                }
                if (d.testLoss) {
                    if (!Array.isArray(d.testLoss))
                        throw TypeError(".thresher.v1.Curve.testLoss: array expected");
                    m.testLoss = [];
                    for (var i = 0; i < d.testLoss.length; ++i) {
                        m.testLoss[i] = Number(d.testLoss[i]);
                    }
                }
                if (d.alignedFraction) {
                    if (!Array.isArray(d.alignedFraction))
                        throw TypeError(".thresher.v1.Curve.alignedFraction: array expected");
                    m.alignedFraction = [];
                    for (var i = 0; i < d.alignedFraction.length; ++i) {
                        m.alignedFraction[i] = Number(d.alignedFraction[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Curve message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.Curve
             * @static
             * @param {thresher.v1.Curve} m Curve
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Curve.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.step = [];
                    d.trainLoss = [];
                    d.testLoss = [];
                    d.alignedFraction = [];
                }
                if (m.step && m.step.length) {
                    d.step = [];
                    for (var j = 0; j < m.step.length; ++j) {
                        d.step[j] = m.step[j];
                    }
                }
                if (m.trainLoss && m.trainLoss.length) {
                    d.trainLoss = [];
                    for (var j = 0; j < m.trainLoss.length; ++j) {
                        d.trainLoss[j] = o.json && !isFinite(m.trainLoss[j]) ? String(m.trainLoss[j]) : m.trainLoss[j];
                    }
                }
                if (m.testLoss && m.testLoss.length) {
                    d.testLoss = [];
                    for (var j = 0; j < m.testLoss.length; ++j) {
                        d.testLoss[j] = o.json && !isFinite(m.testLoss[j]) ? String(m.testLoss[j]) : m.testLoss[j];
                    }
                }
                if (m.alignedFraction && m.alignedFraction.length) {
                    d.alignedFraction = [];
                    for (var j = 0; j < m.alignedFraction.length; ++j) {
                        d.alignedFraction[j] = o.json && !isFinite(m.alignedFraction[j]) ? String(m.alignedFraction[j]) : m.alignedFraction[j];
                    }
                }
                return d;
            };

            /**
             * Converts this Curve to JSON.
             * @function toJSON
             * @memberof thresher.v1.Curve
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Curve.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Curve
             * @function getTypeUrl
             * @memberof thresher.v1.Curve
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Curve.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.Curve";
            };

            return Curve;
        })();

        v1.SubmitSweepRequest = (function() {

            /**
             * Properties of a SubmitSweepRequest.
             * @memberof thresher.v1
             * @interface ISubmitSweepRequest
             * @property {string|null} [specJson] SubmitSweepRequest specJson
             * @property {string|null} [fileName] SubmitSweepRequest fileName
             */

            /**
             * Constructs a new SubmitSweepRequest.
             * @memberof thresher.v1
             * @classdesc Represents a SubmitSweepRequest.
             * @implements ISubmitSweepRequest
             * @constructor
             * @param {thresher.v1.ISubmitSweepRequest=} [p] Properties to set
             */
            function SubmitSweepRequest(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * SubmitSweepRequest specJson.
             * @member {string} specJson
             * @memberof thresher.v1.SubmitSweepRequest
             * @instance
             */
            SubmitSweepRequest.prototype.specJson = "";

            /**
             * SubmitSweepRequest fileName.
             * @member {string} fileName
             * @memberof thresher.v1.SubmitSweepRequest
             * @instance
             */
            SubmitSweepRequest.prototype.fileName = "";

            /**
             * Creates a new SubmitSweepRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.SubmitSweepRequest
             * @static
             * @param {thresher.v1.ISubmitSweepRequest=} [properties] Properties to set
             * @returns {thresher.v1.SubmitSweepRequest} SubmitSweepRequest instance
             */
            SubmitSweepRequest.create = function create(properties) {
                return new SubmitSweepRequest(properties);
            };

            /**
             * Encodes the specified SubmitSweepRequest message. Does not implicitly {@link thresher.v1.SubmitSweepRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.SubmitSweepRequest
             * @static
             * @param {thresher.v1.ISubmitSweepRequest} m SubmitSweepRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitSweepRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.specJson != null && Object.hasOwnProperty.call(m, "specJson"))
                    w.uint32(10).string(m.specJson);
                if (m.fileName != null && Object.hasOwnProperty.call(m, "fileName"))
                    w.uint32(18).string(m.fileName);
                return w;
            };

            /**
             * Encodes the specified SubmitSweepRequest message, length delimited. Does not implicitly {@link thresher.v1.SubmitSweepRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.SubmitSweepRequest
             * @static
             * @param {thresher.v1.ISubmitSweepRequest} message SubmitSweepRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitSweepRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SubmitSweepRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.SubmitSweepRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.SubmitSweepRequest} SubmitSweepRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitSweepRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.SubmitSweepRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.specJson = r.string();
                            break;
                        }
                    case 2: {
                            m.fileName = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a SubmitSweepRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.SubmitSweepRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.SubmitSweepRequest} SubmitSweepRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitSweepRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SubmitSweepRequest message.
             * @function verify
             * @memberof thresher.v1.SubmitSweepRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubmitSweepRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.specJson != null && Object.hasOwnProperty.call(m, "specJson")) {
                    if (!$util.isString(m.specJson))
                        return "specJson: string expected";
                }
                if (m.fileName != null && Object.hasOwnProperty.call(m, "fileName")) {
                    if (!$util.isString(m.fileName))
                        return "fileName: string expected";
                }
                return null;
            };

            /**
             * Creates a SubmitSweepRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.SubmitSweepRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.SubmitSweepRequest} SubmitSweepRequest
             */
            SubmitSweepRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.SubmitSweepRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.SubmitSweepRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.SubmitSweepRequest();
                if (d.specJson != null) {
                    m.specJson = String(d.specJson);
                }
                if (d.fileName != null) {
                    m.fileName = String(d.fileName);
                }
                return m;
            };

            /**
             * Creates a plain object from a SubmitSweepRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.SubmitSweepRequest
             * @static
             * @param {thresher.v1.SubmitSweepRequest} m SubmitSweepRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubmitSweepRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.specJson = "";
                    d.fileName = "";
                }
                if (m.specJson != null && Object.hasOwnProperty.call(m, "specJson")) {
                    d.specJson = m.specJson;
                }
                if (m.fileName != null && Object.hasOwnProperty.call(m, "fileName")) {
                    d.fileName = m.fileName;
                }
                return d;
            };

            /**
             * Converts this SubmitSweepRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.SubmitSweepRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubmitSweepRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SubmitSweepRequest
             * @function getTypeUrl
             * @memberof thresher.v1.SubmitSweepRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SubmitSweepRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.SubmitSweepRequest";
            };

            return SubmitSweepRequest;
        })();

        v1.SubmitSweepResponse = (function() {

            /**
             * Properties of a SubmitSweepResponse.
             * @memberof thresher.v1
             * @interface ISubmitSweepResponse
             * @property {string|null} [name] SubmitSweepResponse name
             * @property {number|null} [inserted] SubmitSweepResponse inserted
             * @property {number|null} [existing] SubmitSweepResponse existing
             * @property {number|null} [total] SubmitSweepResponse total
             * @property {boolean|null} [inserting] SubmitSweepResponse inserting
             */

            /**
             * Constructs a new SubmitSweepResponse.
             * @memberof thresher.v1
             * @classdesc Represents a SubmitSweepResponse.
             * @implements ISubmitSweepResponse
             * @constructor
             * @param {thresher.v1.ISubmitSweepResponse=} [p] Properties to set
             */
            function SubmitSweepResponse(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * SubmitSweepResponse name.
             * @member {string} name
             * @memberof thresher.v1.SubmitSweepResponse
             * @instance
             */
            SubmitSweepResponse.prototype.name = "";

            /**
             * SubmitSweepResponse inserted.
             * @member {number} inserted
             * @memberof thresher.v1.SubmitSweepResponse
             * @instance
             */
            SubmitSweepResponse.prototype.inserted = 0;

            /**
             * SubmitSweepResponse existing.
             * @member {number} existing
             * @memberof thresher.v1.SubmitSweepResponse
             * @instance
             */
            SubmitSweepResponse.prototype.existing = 0;

            /**
             * SubmitSweepResponse total.
             * @member {number} total
             * @memberof thresher.v1.SubmitSweepResponse
             * @instance
             */
            SubmitSweepResponse.prototype.total = 0;

            /**
             * SubmitSweepResponse inserting.
             * @member {boolean} inserting
             * @memberof thresher.v1.SubmitSweepResponse
             * @instance
             */
            SubmitSweepResponse.prototype.inserting = false;

            /**
             * Creates a new SubmitSweepResponse instance using the specified properties.
             * @function create
             * @memberof thresher.v1.SubmitSweepResponse
             * @static
             * @param {thresher.v1.ISubmitSweepResponse=} [properties] Properties to set
             * @returns {thresher.v1.SubmitSweepResponse} SubmitSweepResponse instance
             */
            SubmitSweepResponse.create = function create(properties) {
                return new SubmitSweepResponse(properties);
            };

            /**
             * Encodes the specified SubmitSweepResponse message. Does not implicitly {@link thresher.v1.SubmitSweepResponse.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.SubmitSweepResponse
             * @static
             * @param {thresher.v1.ISubmitSweepResponse} m SubmitSweepResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitSweepResponse.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                    w.uint32(10).string(m.name);
                if (m.inserted != null && Object.hasOwnProperty.call(m, "inserted"))
                    w.uint32(16).uint32(m.inserted);
                if (m.existing != null && Object.hasOwnProperty.call(m, "existing"))
                    w.uint32(24).uint32(m.existing);
                if (m.total != null && Object.hasOwnProperty.call(m, "total"))
                    w.uint32(32).uint32(m.total);
                if (m.inserting != null && Object.hasOwnProperty.call(m, "inserting"))
                    w.uint32(40).bool(m.inserting);
                return w;
            };

            /**
             * Encodes the specified SubmitSweepResponse message, length delimited. Does not implicitly {@link thresher.v1.SubmitSweepResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.SubmitSweepResponse
             * @static
             * @param {thresher.v1.ISubmitSweepResponse} message SubmitSweepResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubmitSweepResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SubmitSweepResponse message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.SubmitSweepResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.SubmitSweepResponse} SubmitSweepResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitSweepResponse.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.SubmitSweepResponse();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.name = r.string();
                            break;
                        }
                    case 2: {
                            m.inserted = r.uint32();
                            break;
                        }
                    case 3: {
                            m.existing = r.uint32();
                            break;
                        }
                    case 4: {
                            m.total = r.uint32();
                            break;
                        }
                    case 5: {
                            m.inserting = r.bool();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a SubmitSweepResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.SubmitSweepResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.SubmitSweepResponse} SubmitSweepResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubmitSweepResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SubmitSweepResponse message.
             * @function verify
             * @memberof thresher.v1.SubmitSweepResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubmitSweepResponse.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.inserted != null && Object.hasOwnProperty.call(m, "inserted")) {
                    if (!$util.isInteger(m.inserted))
                        return "inserted: integer expected";
                }
                if (m.existing != null && Object.hasOwnProperty.call(m, "existing")) {
                    if (!$util.isInteger(m.existing))
                        return "existing: integer expected";
                }
                if (m.total != null && Object.hasOwnProperty.call(m, "total")) {
                    if (!$util.isInteger(m.total))
                        return "total: integer expected";
                }
                if (m.inserting != null && Object.hasOwnProperty.call(m, "inserting")) {
                    if (typeof m.inserting !== "boolean")
                        return "inserting: boolean expected";
                }
                return null;
            };

            /**
             * Creates a SubmitSweepResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.SubmitSweepResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.SubmitSweepResponse} SubmitSweepResponse
             */
            SubmitSweepResponse.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.SubmitSweepResponse)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.SubmitSweepResponse: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.SubmitSweepResponse();
                if (d.name != null) {
                    m.name = String(d.name);
                }
                if (d.inserted != null) {
                    m.inserted = d.inserted >>> 0;
                }
                if (d.existing != null) {
                    m.existing = d.existing >>> 0;
                }
                if (d.total != null) {
                    m.total = d.total >>> 0;
                }
                if (d.inserting != null) {
                    m.inserting = Boolean(d.inserting);
                }
                return m;
            };

            /**
             * Creates a plain object from a SubmitSweepResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.SubmitSweepResponse
             * @static
             * @param {thresher.v1.SubmitSweepResponse} m SubmitSweepResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubmitSweepResponse.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.inserted = 0;
                    d.existing = 0;
                    d.total = 0;
                    d.inserting = false;
                }
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.inserted != null && Object.hasOwnProperty.call(m, "inserted")) {
                    d.inserted = m.inserted;
                }
                if (m.existing != null && Object.hasOwnProperty.call(m, "existing")) {
                    d.existing = m.existing;
                }
                if (m.total != null && Object.hasOwnProperty.call(m, "total")) {
                    d.total = m.total;
                }
                if (m.inserting != null && Object.hasOwnProperty.call(m, "inserting")) {
                    d.inserting = m.inserting;
                }
                return d;
            };

            /**
             * Converts this SubmitSweepResponse to JSON.
             * @function toJSON
             * @memberof thresher.v1.SubmitSweepResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubmitSweepResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SubmitSweepResponse
             * @function getTypeUrl
             * @memberof thresher.v1.SubmitSweepResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SubmitSweepResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.SubmitSweepResponse";
            };

            return SubmitSweepResponse;
        })();

        v1.GetSweepStatusRequest = (function() {

            /**
             * Properties of a GetSweepStatusRequest.
             * @memberof thresher.v1
             * @interface IGetSweepStatusRequest
             * @property {string|null} [name] GetSweepStatusRequest name
             */

            /**
             * Constructs a new GetSweepStatusRequest.
             * @memberof thresher.v1
             * @classdesc Represents a GetSweepStatusRequest.
             * @implements IGetSweepStatusRequest
             * @constructor
             * @param {thresher.v1.IGetSweepStatusRequest=} [p] Properties to set
             */
            function GetSweepStatusRequest(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * GetSweepStatusRequest name.
             * @member {string} name
             * @memberof thresher.v1.GetSweepStatusRequest
             * @instance
             */
            GetSweepStatusRequest.prototype.name = "";

            /**
             * Creates a new GetSweepStatusRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.GetSweepStatusRequest
             * @static
             * @param {thresher.v1.IGetSweepStatusRequest=} [properties] Properties to set
             * @returns {thresher.v1.GetSweepStatusRequest} GetSweepStatusRequest instance
             */
            GetSweepStatusRequest.create = function create(properties) {
                return new GetSweepStatusRequest(properties);
            };

            /**
             * Encodes the specified GetSweepStatusRequest message. Does not implicitly {@link thresher.v1.GetSweepStatusRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.GetSweepStatusRequest
             * @static
             * @param {thresher.v1.IGetSweepStatusRequest} m GetSweepStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetSweepStatusRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                    w.uint32(10).string(m.name);
                return w;
            };

            /**
             * Encodes the specified GetSweepStatusRequest message, length delimited. Does not implicitly {@link thresher.v1.GetSweepStatusRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.GetSweepStatusRequest
             * @static
             * @param {thresher.v1.IGetSweepStatusRequest} message GetSweepStatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetSweepStatusRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a GetSweepStatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.GetSweepStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.GetSweepStatusRequest} GetSweepStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetSweepStatusRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.GetSweepStatusRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.name = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a GetSweepStatusRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.GetSweepStatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.GetSweepStatusRequest} GetSweepStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetSweepStatusRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a GetSweepStatusRequest message.
             * @function verify
             * @memberof thresher.v1.GetSweepStatusRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetSweepStatusRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                return null;
            };

            /**
             * Creates a GetSweepStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.GetSweepStatusRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.GetSweepStatusRequest} GetSweepStatusRequest
             */
            GetSweepStatusRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.GetSweepStatusRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.GetSweepStatusRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.GetSweepStatusRequest();
                if (d.name != null) {
                    m.name = String(d.name);
                }
                return m;
            };

            /**
             * Creates a plain object from a GetSweepStatusRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.GetSweepStatusRequest
             * @static
             * @param {thresher.v1.GetSweepStatusRequest} m GetSweepStatusRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetSweepStatusRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                }
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                return d;
            };

            /**
             * Converts this GetSweepStatusRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.GetSweepStatusRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetSweepStatusRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GetSweepStatusRequest
             * @function getTypeUrl
             * @memberof thresher.v1.GetSweepStatusRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GetSweepStatusRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.GetSweepStatusRequest";
            };

            return GetSweepStatusRequest;
        })();

        v1.TrialCounts = (function() {

            /**
             * Properties of a TrialCounts.
             * @memberof thresher.v1
             * @interface ITrialCounts
             * @property {number|null} [pending] TrialCounts pending
             * @property {number|null} [leased] TrialCounts leased
             * @property {number|null} [done] TrialCounts done
             * @property {number|null} [failed] TrialCounts failed
             * @property {number|null} [cancelled] TrialCounts cancelled
             * @property {number|null} [total] TrialCounts total
             */

            /**
             * Constructs a new TrialCounts.
             * @memberof thresher.v1
             * @classdesc Represents a TrialCounts.
             * @implements ITrialCounts
             * @constructor
             * @param {thresher.v1.ITrialCounts=} [p] Properties to set
             */
            function TrialCounts(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * TrialCounts pending.
             * @member {number} pending
             * @memberof thresher.v1.TrialCounts
             * @instance
             */
            TrialCounts.prototype.pending = 0;

            /**
             * TrialCounts leased.
             * @member {number} leased
             * @memberof thresher.v1.TrialCounts
             * @instance
             */
            TrialCounts.prototype.leased = 0;

            /**
             * TrialCounts done.
             * @member {number} done
             * @memberof thresher.v1.TrialCounts
             * @instance
             */
            TrialCounts.prototype.done = 0;

            /**
             * TrialCounts failed.
             * @member {number} failed
             * @memberof thresher.v1.TrialCounts
             * @instance
             */
            TrialCounts.prototype.failed = 0;

            /**
             * TrialCounts cancelled.
             * @member {number} cancelled
             * @memberof thresher.v1.TrialCounts
             * @instance
             */
            TrialCounts.prototype.cancelled = 0;

            /**
             * TrialCounts total.
             * @member {number} total
             * @memberof thresher.v1.TrialCounts
             * @instance
             */
            TrialCounts.prototype.total = 0;

            /**
             * Creates a new TrialCounts instance using the specified properties.
             * @function create
             * @memberof thresher.v1.TrialCounts
             * @static
             * @param {thresher.v1.ITrialCounts=} [properties] Properties to set
             * @returns {thresher.v1.TrialCounts} TrialCounts instance
             */
            TrialCounts.create = function create(properties) {
                return new TrialCounts(properties);
            };

            /**
             * Encodes the specified TrialCounts message. Does not implicitly {@link thresher.v1.TrialCounts.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.TrialCounts
             * @static
             * @param {thresher.v1.ITrialCounts} m TrialCounts message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrialCounts.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.pending != null && Object.hasOwnProperty.call(m, "pending"))
                    w.uint32(8).uint32(m.pending);
                if (m.leased != null && Object.hasOwnProperty.call(m, "leased"))
                    w.uint32(16).uint32(m.leased);
                if (m.done != null && Object.hasOwnProperty.call(m, "done"))
                    w.uint32(24).uint32(m.done);
                if (m.failed != null && Object.hasOwnProperty.call(m, "failed"))
                    w.uint32(32).uint32(m.failed);
                if (m.cancelled != null && Object.hasOwnProperty.call(m, "cancelled"))
                    w.uint32(40).uint32(m.cancelled);
                if (m.total != null && Object.hasOwnProperty.call(m, "total"))
                    w.uint32(48).uint32(m.total);
                return w;
            };

            /**
             * Encodes the specified TrialCounts message, length delimited. Does not implicitly {@link thresher.v1.TrialCounts.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.TrialCounts
             * @static
             * @param {thresher.v1.ITrialCounts} message TrialCounts message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrialCounts.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a TrialCounts message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.TrialCounts
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.TrialCounts} TrialCounts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrialCounts.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.TrialCounts();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.pending = r.uint32();
                            break;
                        }
                    case 2: {
                            m.leased = r.uint32();
                            break;
                        }
                    case 3: {
                            m.done = r.uint32();
                            break;
                        }
                    case 4: {
                            m.failed = r.uint32();
                            break;
                        }
                    case 5: {
                            m.cancelled = r.uint32();
                            break;
                        }
                    case 6: {
                            m.total = r.uint32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a TrialCounts message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.TrialCounts
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.TrialCounts} TrialCounts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrialCounts.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a TrialCounts message.
             * @function verify
             * @memberof thresher.v1.TrialCounts
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TrialCounts.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.pending != null && Object.hasOwnProperty.call(m, "pending")) {
                    if (!$util.isInteger(m.pending))
                        return "pending: integer expected";
                }
                if (m.leased != null && Object.hasOwnProperty.call(m, "leased")) {
                    if (!$util.isInteger(m.leased))
                        return "leased: integer expected";
                }
                if (m.done != null && Object.hasOwnProperty.call(m, "done")) {
                    if (!$util.isInteger(m.done))
                        return "done: integer expected";
                }
                if (m.failed != null && Object.hasOwnProperty.call(m, "failed")) {
                    if (!$util.isInteger(m.failed))
                        return "failed: integer expected";
                }
                if (m.cancelled != null && Object.hasOwnProperty.call(m, "cancelled")) {
                    if (!$util.isInteger(m.cancelled))
                        return "cancelled: integer expected";
                }
                if (m.total != null && Object.hasOwnProperty.call(m, "total")) {
                    if (!$util.isInteger(m.total))
                        return "total: integer expected";
                }
                return null;
            };

            /**
             * Creates a TrialCounts message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.TrialCounts
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.TrialCounts} TrialCounts
             */
            TrialCounts.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.TrialCounts)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.TrialCounts: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.TrialCounts();
                if (d.pending != null) {
                    m.pending = d.pending >>> 0;
                }
                if (d.leased != null) {
                    m.leased = d.leased >>> 0;
                }
                if (d.done != null) {
                    m.done = d.done >>> 0;
                }
                if (d.failed != null) {
                    m.failed = d.failed >>> 0;
                }
                if (d.cancelled != null) {
                    m.cancelled = d.cancelled >>> 0;
                }
                if (d.total != null) {
                    m.total = d.total >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a TrialCounts message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.TrialCounts
             * @static
             * @param {thresher.v1.TrialCounts} m TrialCounts
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TrialCounts.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.pending = 0;
                    d.leased = 0;
                    d.done = 0;
                    d.failed = 0;
                    d.cancelled = 0;
                    d.total = 0;
                }
                if (m.pending != null && Object.hasOwnProperty.call(m, "pending")) {
                    d.pending = m.pending;
                }
                if (m.leased != null && Object.hasOwnProperty.call(m, "leased")) {
                    d.leased = m.leased;
                }
                if (m.done != null && Object.hasOwnProperty.call(m, "done")) {
                    d.done = m.done;
                }
                if (m.failed != null && Object.hasOwnProperty.call(m, "failed")) {
                    d.failed = m.failed;
                }
                if (m.cancelled != null && Object.hasOwnProperty.call(m, "cancelled")) {
                    d.cancelled = m.cancelled;
                }
                if (m.total != null && Object.hasOwnProperty.call(m, "total")) {
                    d.total = m.total;
                }
                return d;
            };

            /**
             * Converts this TrialCounts to JSON.
             * @function toJSON
             * @memberof thresher.v1.TrialCounts
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TrialCounts.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TrialCounts
             * @function getTypeUrl
             * @memberof thresher.v1.TrialCounts
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TrialCounts.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.TrialCounts";
            };

            return TrialCounts;
        })();

        v1.SweepStatus = (function() {

            /**
             * Properties of a SweepStatus.
             * @memberof thresher.v1
             * @interface ISweepStatus
             * @property {string|null} [name] SweepStatus name
             * @property {string|null} [status] SweepStatus status
             * @property {thresher.v1.ITrialCounts|null} [counts] SweepStatus counts
             * @property {number|null} [trialsPerSecond] SweepStatus trialsPerSecond
             * @property {number|null} [trialStepsPerSecond] SweepStatus trialStepsPerSecond
             * @property {number|null} [etaSeconds] SweepStatus etaSeconds
             * @property {number|null} [stepsDone] SweepStatus stepsDone
             * @property {number|null} [stepsTotal] SweepStatus stepsTotal
             * @property {number|null} [createdAtMs] SweepStatus createdAtMs
             * @property {boolean|null} [inserting] SweepStatus inserting
             * @property {number|null} [expectedTrials] SweepStatus expectedTrials
             */

            /**
             * Constructs a new SweepStatus.
             * @memberof thresher.v1
             * @classdesc Represents a SweepStatus.
             * @implements ISweepStatus
             * @constructor
             * @param {thresher.v1.ISweepStatus=} [p] Properties to set
             */
            function SweepStatus(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * SweepStatus name.
             * @member {string} name
             * @memberof thresher.v1.SweepStatus
             * @instance
             */
            SweepStatus.prototype.name = "";

            /**
             * SweepStatus status.
             * @member {string} status
             * @memberof thresher.v1.SweepStatus
             * @instance
             */
            SweepStatus.prototype.status = "";

            /**
             * SweepStatus counts.
             * @member {thresher.v1.ITrialCounts|null|undefined} counts
             * @memberof thresher.v1.SweepStatus
             * @instance
             */
            SweepStatus.prototype.counts = null;

            /**
             * SweepStatus trialsPerSecond.
             * @member {number} trialsPerSecond
             * @memberof thresher.v1.SweepStatus
             * @instance
             */
            SweepStatus.prototype.trialsPerSecond = 0;

            /**
             * SweepStatus trialStepsPerSecond.
             * @member {number} trialStepsPerSecond
             * @memberof thresher.v1.SweepStatus
             * @instance
             */
            SweepStatus.prototype.trialStepsPerSecond = 0;

            /**
             * SweepStatus etaSeconds.
             * @member {number|null|undefined} etaSeconds
             * @memberof thresher.v1.SweepStatus
             * @instance
             */
            SweepStatus.prototype.etaSeconds = null;

            /**
             * SweepStatus stepsDone.
             * @member {number} stepsDone
             * @memberof thresher.v1.SweepStatus
             * @instance
             */
            SweepStatus.prototype.stepsDone = 0;

            /**
             * SweepStatus stepsTotal.
             * @member {number} stepsTotal
             * @memberof thresher.v1.SweepStatus
             * @instance
             */
            SweepStatus.prototype.stepsTotal = 0;

            /**
             * SweepStatus createdAtMs.
             * @member {number} createdAtMs
             * @memberof thresher.v1.SweepStatus
             * @instance
             */
            SweepStatus.prototype.createdAtMs = 0;

            /**
             * SweepStatus inserting.
             * @member {boolean} inserting
             * @memberof thresher.v1.SweepStatus
             * @instance
             */
            SweepStatus.prototype.inserting = false;

            /**
             * SweepStatus expectedTrials.
             * @member {number} expectedTrials
             * @memberof thresher.v1.SweepStatus
             * @instance
             */
            SweepStatus.prototype.expectedTrials = 0;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            Object.defineProperty(SweepStatus.prototype, "_etaSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["etaSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SweepStatus instance using the specified properties.
             * @function create
             * @memberof thresher.v1.SweepStatus
             * @static
             * @param {thresher.v1.ISweepStatus=} [properties] Properties to set
             * @returns {thresher.v1.SweepStatus} SweepStatus instance
             */
            SweepStatus.create = function create(properties) {
                return new SweepStatus(properties);
            };

            /**
             * Encodes the specified SweepStatus message. Does not implicitly {@link thresher.v1.SweepStatus.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.SweepStatus
             * @static
             * @param {thresher.v1.ISweepStatus} m SweepStatus message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SweepStatus.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                    w.uint32(10).string(m.name);
                if (m.status != null && Object.hasOwnProperty.call(m, "status"))
                    w.uint32(18).string(m.status);
                if (m.counts != null && Object.hasOwnProperty.call(m, "counts"))
                    $root.thresher.v1.TrialCounts.encode(m.counts, w.uint32(26).fork(), q + 1).ldelim();
                if (m.trialsPerSecond != null && Object.hasOwnProperty.call(m, "trialsPerSecond"))
                    w.uint32(33).double(m.trialsPerSecond);
                if (m.trialStepsPerSecond != null && Object.hasOwnProperty.call(m, "trialStepsPerSecond"))
                    w.uint32(41).double(m.trialStepsPerSecond);
                if (m.etaSeconds != null && Object.hasOwnProperty.call(m, "etaSeconds"))
                    w.uint32(49).double(m.etaSeconds);
                if (m.stepsDone != null && Object.hasOwnProperty.call(m, "stepsDone"))
                    w.uint32(57).double(m.stepsDone);
                if (m.stepsTotal != null && Object.hasOwnProperty.call(m, "stepsTotal"))
                    w.uint32(65).double(m.stepsTotal);
                if (m.createdAtMs != null && Object.hasOwnProperty.call(m, "createdAtMs"))
                    w.uint32(73).double(m.createdAtMs);
                if (m.inserting != null && Object.hasOwnProperty.call(m, "inserting"))
                    w.uint32(80).bool(m.inserting);
                if (m.expectedTrials != null && Object.hasOwnProperty.call(m, "expectedTrials"))
                    w.uint32(88).uint32(m.expectedTrials);
                return w;
            };

            /**
             * Encodes the specified SweepStatus message, length delimited. Does not implicitly {@link thresher.v1.SweepStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.SweepStatus
             * @static
             * @param {thresher.v1.ISweepStatus} message SweepStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SweepStatus.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a SweepStatus message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.SweepStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.SweepStatus} SweepStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SweepStatus.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.SweepStatus();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.name = r.string();
                            break;
                        }
                    case 2: {
                            m.status = r.string();
                            break;
                        }
                    case 3: {
                            m.counts = $root.thresher.v1.TrialCounts.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 4: {
                            m.trialsPerSecond = r.double();
                            break;
                        }
                    case 5: {
                            m.trialStepsPerSecond = r.double();
                            break;
                        }
                    case 6: {
                            m.etaSeconds = r.double();
                            break;
                        }
                    case 7: {
                            m.stepsDone = r.double();
                            break;
                        }
                    case 8: {
                            m.stepsTotal = r.double();
                            break;
                        }
                    case 9: {
                            m.createdAtMs = r.double();
                            break;
                        }
                    case 10: {
                            m.inserting = r.bool();
                            break;
                        }
                    case 11: {
                            m.expectedTrials = r.uint32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a SweepStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.SweepStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.SweepStatus} SweepStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SweepStatus.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SweepStatus message.
             * @function verify
             * @memberof thresher.v1.SweepStatus
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SweepStatus.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                var p = {};
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.status != null && Object.hasOwnProperty.call(m, "status")) {
                    if (!$util.isString(m.status))
                        return "status: string expected";
                }
                if (m.counts != null && Object.hasOwnProperty.call(m, "counts")) {
                    {
                        var e = $root.thresher.v1.TrialCounts.verify(m.counts, n + 1);
                        if (e)
                            return "counts." + e;
                    }
                }
                if (m.trialsPerSecond != null && Object.hasOwnProperty.call(m, "trialsPerSecond")) {
                    if (typeof m.trialsPerSecond !== "number")
                        return "trialsPerSecond: number expected";
                }
                if (m.trialStepsPerSecond != null && Object.hasOwnProperty.call(m, "trialStepsPerSecond")) {
                    if (typeof m.trialStepsPerSecond !== "number")
                        return "trialStepsPerSecond: number expected";
                }
                if (m.etaSeconds != null && Object.hasOwnProperty.call(m, "etaSeconds")) {
                    p._etaSeconds = 1;
                    if (typeof m.etaSeconds !== "number")
                        return "etaSeconds: number expected";
                }
                if (m.stepsDone != null && Object.hasOwnProperty.call(m, "stepsDone")) {
                    if (typeof m.stepsDone !== "number")
                        return "stepsDone: number expected";
                }
                if (m.stepsTotal != null && Object.hasOwnProperty.call(m, "stepsTotal")) {
                    if (typeof m.stepsTotal !== "number")
                        return "stepsTotal: number expected";
                }
                if (m.createdAtMs != null && Object.hasOwnProperty.call(m, "createdAtMs")) {
                    if (typeof m.createdAtMs !== "number")
                        return "createdAtMs: number expected";
                }
                if (m.inserting != null && Object.hasOwnProperty.call(m, "inserting")) {
                    if (typeof m.inserting !== "boolean")
                        return "inserting: boolean expected";
                }
                if (m.expectedTrials != null && Object.hasOwnProperty.call(m, "expectedTrials")) {
                    if (!$util.isInteger(m.expectedTrials))
                        return "expectedTrials: integer expected";
                }
                return null;
            };

            /**
             * Creates a SweepStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.SweepStatus
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.SweepStatus} SweepStatus
             */
            SweepStatus.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.SweepStatus)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.SweepStatus: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.SweepStatus();
                if (d.name != null) {
                    m.name = String(d.name);
                }
                if (d.status != null) {
                    m.status = String(d.status);
                }
                if (d.counts != null) {
                    if (!$util.isObject(d.counts))
                        throw TypeError(".thresher.v1.SweepStatus.counts: object expected");
                    m.counts = $root.thresher.v1.TrialCounts.fromObject(d.counts, n + 1);
                }
                if (d.trialsPerSecond != null) {
                    m.trialsPerSecond = Number(d.trialsPerSecond);
                }
                if (d.trialStepsPerSecond != null) {
                    m.trialStepsPerSecond = Number(d.trialStepsPerSecond);
                }
                if (d.etaSeconds != null) {
                    m.etaSeconds = Number(d.etaSeconds);
                }
                if (d.stepsDone != null) {
                    m.stepsDone = Number(d.stepsDone);
                }
                if (d.stepsTotal != null) {
                    m.stepsTotal = Number(d.stepsTotal);
                }
                if (d.createdAtMs != null) {
                    m.createdAtMs = Number(d.createdAtMs);
                }
                if (d.inserting != null) {
                    m.inserting = Boolean(d.inserting);
                }
                if (d.expectedTrials != null) {
                    m.expectedTrials = d.expectedTrials >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a SweepStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.SweepStatus
             * @static
             * @param {thresher.v1.SweepStatus} m SweepStatus
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SweepStatus.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.status = "";
                    d.counts = null;
                    d.trialsPerSecond = 0;
                    d.trialStepsPerSecond = 0;
                    d.stepsDone = 0;
                    d.stepsTotal = 0;
                    d.createdAtMs = 0;
                    d.inserting = false;
                    d.expectedTrials = 0;
                }
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.status != null && Object.hasOwnProperty.call(m, "status")) {
                    d.status = m.status;
                }
                if (m.counts != null && Object.hasOwnProperty.call(m, "counts")) {
                    d.counts = $root.thresher.v1.TrialCounts.toObject(m.counts, o, q + 1);
                }
                if (m.trialsPerSecond != null && Object.hasOwnProperty.call(m, "trialsPerSecond")) {
                    d.trialsPerSecond = o.json && !isFinite(m.trialsPerSecond) ? String(m.trialsPerSecond) : m.trialsPerSecond;
                }
                if (m.trialStepsPerSecond != null && Object.hasOwnProperty.call(m, "trialStepsPerSecond")) {
                    d.trialStepsPerSecond = o.json && !isFinite(m.trialStepsPerSecond) ? String(m.trialStepsPerSecond) : m.trialStepsPerSecond;
                }
                if (m.etaSeconds != null && Object.hasOwnProperty.call(m, "etaSeconds")) {
                    d.etaSeconds = o.json && !isFinite(m.etaSeconds) ? String(m.etaSeconds) : m.etaSeconds;
                    if (o.oneofs)
                        d._etaSeconds = "etaSeconds";
                }
                if (m.stepsDone != null && Object.hasOwnProperty.call(m, "stepsDone")) {
                    d.stepsDone = o.json && !isFinite(m.stepsDone) ? String(m.stepsDone) : m.stepsDone;
                }
                if (m.stepsTotal != null && Object.hasOwnProperty.call(m, "stepsTotal")) {
                    d.stepsTotal = o.json && !isFinite(m.stepsTotal) ? String(m.stepsTotal) : m.stepsTotal;
                }
                if (m.createdAtMs != null && Object.hasOwnProperty.call(m, "createdAtMs")) {
                    d.createdAtMs = o.json && !isFinite(m.createdAtMs) ? String(m.createdAtMs) : m.createdAtMs;
                }
                if (m.inserting != null && Object.hasOwnProperty.call(m, "inserting")) {
                    d.inserting = m.inserting;
                }
                if (m.expectedTrials != null && Object.hasOwnProperty.call(m, "expectedTrials")) {
                    d.expectedTrials = m.expectedTrials;
                }
                return d;
            };

            /**
             * Converts this SweepStatus to JSON.
             * @function toJSON
             * @memberof thresher.v1.SweepStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SweepStatus.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SweepStatus
             * @function getTypeUrl
             * @memberof thresher.v1.SweepStatus
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SweepStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.SweepStatus";
            };

            return SweepStatus;
        })();

        v1.WatchSweepRequest = (function() {

            /**
             * Properties of a WatchSweepRequest.
             * @memberof thresher.v1
             * @interface IWatchSweepRequest
             * @property {string|null} [name] WatchSweepRequest name
             * @property {number|null} [minIntervalMs] WatchSweepRequest minIntervalMs
             */

            /**
             * Constructs a new WatchSweepRequest.
             * @memberof thresher.v1
             * @classdesc Represents a WatchSweepRequest.
             * @implements IWatchSweepRequest
             * @constructor
             * @param {thresher.v1.IWatchSweepRequest=} [p] Properties to set
             */
            function WatchSweepRequest(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * WatchSweepRequest name.
             * @member {string} name
             * @memberof thresher.v1.WatchSweepRequest
             * @instance
             */
            WatchSweepRequest.prototype.name = "";

            /**
             * WatchSweepRequest minIntervalMs.
             * @member {number} minIntervalMs
             * @memberof thresher.v1.WatchSweepRequest
             * @instance
             */
            WatchSweepRequest.prototype.minIntervalMs = 0;

            /**
             * Creates a new WatchSweepRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.WatchSweepRequest
             * @static
             * @param {thresher.v1.IWatchSweepRequest=} [properties] Properties to set
             * @returns {thresher.v1.WatchSweepRequest} WatchSweepRequest instance
             */
            WatchSweepRequest.create = function create(properties) {
                return new WatchSweepRequest(properties);
            };

            /**
             * Encodes the specified WatchSweepRequest message. Does not implicitly {@link thresher.v1.WatchSweepRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.WatchSweepRequest
             * @static
             * @param {thresher.v1.IWatchSweepRequest} m WatchSweepRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchSweepRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                    w.uint32(10).string(m.name);
                if (m.minIntervalMs != null && Object.hasOwnProperty.call(m, "minIntervalMs"))
                    w.uint32(16).uint32(m.minIntervalMs);
                return w;
            };

            /**
             * Encodes the specified WatchSweepRequest message, length delimited. Does not implicitly {@link thresher.v1.WatchSweepRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.WatchSweepRequest
             * @static
             * @param {thresher.v1.IWatchSweepRequest} message WatchSweepRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchSweepRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a WatchSweepRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.WatchSweepRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.WatchSweepRequest} WatchSweepRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchSweepRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.WatchSweepRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.name = r.string();
                            break;
                        }
                    case 2: {
                            m.minIntervalMs = r.uint32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a WatchSweepRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.WatchSweepRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.WatchSweepRequest} WatchSweepRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchSweepRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a WatchSweepRequest message.
             * @function verify
             * @memberof thresher.v1.WatchSweepRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WatchSweepRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.minIntervalMs != null && Object.hasOwnProperty.call(m, "minIntervalMs")) {
                    if (!$util.isInteger(m.minIntervalMs))
                        return "minIntervalMs: integer expected";
                }
                return null;
            };

            /**
             * Creates a WatchSweepRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.WatchSweepRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.WatchSweepRequest} WatchSweepRequest
             */
            WatchSweepRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.WatchSweepRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.WatchSweepRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.WatchSweepRequest();
                if (d.name != null) {
                    m.name = String(d.name);
                }
                if (d.minIntervalMs != null) {
                    m.minIntervalMs = d.minIntervalMs >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a WatchSweepRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.WatchSweepRequest
             * @static
             * @param {thresher.v1.WatchSweepRequest} m WatchSweepRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WatchSweepRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.minIntervalMs = 0;
                }
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.minIntervalMs != null && Object.hasOwnProperty.call(m, "minIntervalMs")) {
                    d.minIntervalMs = m.minIntervalMs;
                }
                return d;
            };

            /**
             * Converts this WatchSweepRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.WatchSweepRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WatchSweepRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for WatchSweepRequest
             * @function getTypeUrl
             * @memberof thresher.v1.WatchSweepRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            WatchSweepRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.WatchSweepRequest";
            };

            return WatchSweepRequest;
        })();

        v1.ListSweepsRequest = (function() {

            /**
             * Properties of a ListSweepsRequest.
             * @memberof thresher.v1
             * @interface IListSweepsRequest
             */

            /**
             * Constructs a new ListSweepsRequest.
             * @memberof thresher.v1
             * @classdesc Represents a ListSweepsRequest.
             * @implements IListSweepsRequest
             * @constructor
             * @param {thresher.v1.IListSweepsRequest=} [p] Properties to set
             */
            function ListSweepsRequest(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * Creates a new ListSweepsRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.ListSweepsRequest
             * @static
             * @param {thresher.v1.IListSweepsRequest=} [properties] Properties to set
             * @returns {thresher.v1.ListSweepsRequest} ListSweepsRequest instance
             */
            ListSweepsRequest.create = function create(properties) {
                return new ListSweepsRequest(properties);
            };

            /**
             * Encodes the specified ListSweepsRequest message. Does not implicitly {@link thresher.v1.ListSweepsRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.ListSweepsRequest
             * @static
             * @param {thresher.v1.IListSweepsRequest} m ListSweepsRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListSweepsRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return w;
            };

            /**
             * Encodes the specified ListSweepsRequest message, length delimited. Does not implicitly {@link thresher.v1.ListSweepsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.ListSweepsRequest
             * @static
             * @param {thresher.v1.IListSweepsRequest} message ListSweepsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListSweepsRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ListSweepsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.ListSweepsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.ListSweepsRequest} ListSweepsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListSweepsRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.ListSweepsRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a ListSweepsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.ListSweepsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.ListSweepsRequest} ListSweepsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListSweepsRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ListSweepsRequest message.
             * @function verify
             * @memberof thresher.v1.ListSweepsRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListSweepsRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                return null;
            };

            /**
             * Creates a ListSweepsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.ListSweepsRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.ListSweepsRequest} ListSweepsRequest
             */
            ListSweepsRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.ListSweepsRequest)
                    return d;
                return new $root.thresher.v1.ListSweepsRequest();
            };

            /**
             * Creates a plain object from a ListSweepsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.ListSweepsRequest
             * @static
             * @param {thresher.v1.ListSweepsRequest} m ListSweepsRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListSweepsRequest.toObject = function toObject() {
                return {};
            };

            /**
             * Converts this ListSweepsRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.ListSweepsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListSweepsRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ListSweepsRequest
             * @function getTypeUrl
             * @memberof thresher.v1.ListSweepsRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListSweepsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.ListSweepsRequest";
            };

            return ListSweepsRequest;
        })();

        v1.ListSweepsResponse = (function() {

            /**
             * Properties of a ListSweepsResponse.
             * @memberof thresher.v1
             * @interface IListSweepsResponse
             * @property {Array.<thresher.v1.ISweepStatus>|null} [sweeps] ListSweepsResponse sweeps
             */

            /**
             * Constructs a new ListSweepsResponse.
             * @memberof thresher.v1
             * @classdesc Represents a ListSweepsResponse.
             * @implements IListSweepsResponse
             * @constructor
             * @param {thresher.v1.IListSweepsResponse=} [p] Properties to set
             */
            function ListSweepsResponse(p) {
                this.sweeps = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * ListSweepsResponse sweeps.
             * @member {Array.<thresher.v1.ISweepStatus>} sweeps
             * @memberof thresher.v1.ListSweepsResponse
             * @instance
             */
            ListSweepsResponse.prototype.sweeps = $util.emptyArray;

            /**
             * Creates a new ListSweepsResponse instance using the specified properties.
             * @function create
             * @memberof thresher.v1.ListSweepsResponse
             * @static
             * @param {thresher.v1.IListSweepsResponse=} [properties] Properties to set
             * @returns {thresher.v1.ListSweepsResponse} ListSweepsResponse instance
             */
            ListSweepsResponse.create = function create(properties) {
                return new ListSweepsResponse(properties);
            };

            /**
             * Encodes the specified ListSweepsResponse message. Does not implicitly {@link thresher.v1.ListSweepsResponse.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.ListSweepsResponse
             * @static
             * @param {thresher.v1.IListSweepsResponse} m ListSweepsResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListSweepsResponse.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.sweeps != null && m.sweeps.length) {
                    for (var i = 0; i < m.sweeps.length; ++i)
                        $root.thresher.v1.SweepStatus.encode(m.sweeps[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                return w;
            };

            /**
             * Encodes the specified ListSweepsResponse message, length delimited. Does not implicitly {@link thresher.v1.ListSweepsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.ListSweepsResponse
             * @static
             * @param {thresher.v1.IListSweepsResponse} message ListSweepsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListSweepsResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ListSweepsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.ListSweepsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.ListSweepsResponse} ListSweepsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListSweepsResponse.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.ListSweepsResponse();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.sweeps && m.sweeps.length))
                                m.sweeps = [];
                            m.sweeps.push($root.thresher.v1.SweepStatus.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a ListSweepsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.ListSweepsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.ListSweepsResponse} ListSweepsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListSweepsResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ListSweepsResponse message.
             * @function verify
             * @memberof thresher.v1.ListSweepsResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListSweepsResponse.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.sweeps != null && Object.hasOwnProperty.call(m, "sweeps")) {
                    if (!Array.isArray(m.sweeps))
                        return "sweeps: array expected";
                    for (var i = 0; i < m.sweeps.length; ++i) {
                        {
                            var e = $root.thresher.v1.SweepStatus.verify(m.sweeps[i], n + 1);
                            if (e)
                                return "sweeps." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a ListSweepsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.ListSweepsResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.ListSweepsResponse} ListSweepsResponse
             */
            ListSweepsResponse.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.ListSweepsResponse)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.ListSweepsResponse: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.ListSweepsResponse();
                if (d.sweeps) {
                    if (!Array.isArray(d.sweeps))
                        throw TypeError(".thresher.v1.ListSweepsResponse.sweeps: array expected");
                    m.sweeps = [];
                    for (var i = 0; i < d.sweeps.length; ++i) {
                        if (!$util.isObject(d.sweeps[i]))
                            throw TypeError(".thresher.v1.ListSweepsResponse.sweeps: object expected");
                        m.sweeps[i] = $root.thresher.v1.SweepStatus.fromObject(d.sweeps[i], n + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ListSweepsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.ListSweepsResponse
             * @static
             * @param {thresher.v1.ListSweepsResponse} m ListSweepsResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListSweepsResponse.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.sweeps = [];
                }
                if (m.sweeps && m.sweeps.length) {
                    d.sweeps = [];
                    for (var j = 0; j < m.sweeps.length; ++j) {
                        d.sweeps[j] = $root.thresher.v1.SweepStatus.toObject(m.sweeps[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ListSweepsResponse to JSON.
             * @function toJSON
             * @memberof thresher.v1.ListSweepsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListSweepsResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ListSweepsResponse
             * @function getTypeUrl
             * @memberof thresher.v1.ListSweepsResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListSweepsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.ListSweepsResponse";
            };

            return ListSweepsResponse;
        })();

        v1.CancelSweepRequest = (function() {

            /**
             * Properties of a CancelSweepRequest.
             * @memberof thresher.v1
             * @interface ICancelSweepRequest
             * @property {string|null} [name] CancelSweepRequest name
             */

            /**
             * Constructs a new CancelSweepRequest.
             * @memberof thresher.v1
             * @classdesc Represents a CancelSweepRequest.
             * @implements ICancelSweepRequest
             * @constructor
             * @param {thresher.v1.ICancelSweepRequest=} [p] Properties to set
             */
            function CancelSweepRequest(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * CancelSweepRequest name.
             * @member {string} name
             * @memberof thresher.v1.CancelSweepRequest
             * @instance
             */
            CancelSweepRequest.prototype.name = "";

            /**
             * Creates a new CancelSweepRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.CancelSweepRequest
             * @static
             * @param {thresher.v1.ICancelSweepRequest=} [properties] Properties to set
             * @returns {thresher.v1.CancelSweepRequest} CancelSweepRequest instance
             */
            CancelSweepRequest.create = function create(properties) {
                return new CancelSweepRequest(properties);
            };

            /**
             * Encodes the specified CancelSweepRequest message. Does not implicitly {@link thresher.v1.CancelSweepRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.CancelSweepRequest
             * @static
             * @param {thresher.v1.ICancelSweepRequest} m CancelSweepRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelSweepRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                    w.uint32(10).string(m.name);
                return w;
            };

            /**
             * Encodes the specified CancelSweepRequest message, length delimited. Does not implicitly {@link thresher.v1.CancelSweepRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.CancelSweepRequest
             * @static
             * @param {thresher.v1.ICancelSweepRequest} message CancelSweepRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelSweepRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a CancelSweepRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.CancelSweepRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.CancelSweepRequest} CancelSweepRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelSweepRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.CancelSweepRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.name = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a CancelSweepRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.CancelSweepRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.CancelSweepRequest} CancelSweepRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelSweepRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a CancelSweepRequest message.
             * @function verify
             * @memberof thresher.v1.CancelSweepRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelSweepRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                return null;
            };

            /**
             * Creates a CancelSweepRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.CancelSweepRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.CancelSweepRequest} CancelSweepRequest
             */
            CancelSweepRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.CancelSweepRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.CancelSweepRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.CancelSweepRequest();
                if (d.name != null) {
                    m.name = String(d.name);
                }
                return m;
            };

            /**
             * Creates a plain object from a CancelSweepRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.CancelSweepRequest
             * @static
             * @param {thresher.v1.CancelSweepRequest} m CancelSweepRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelSweepRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                }
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                return d;
            };

            /**
             * Converts this CancelSweepRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.CancelSweepRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelSweepRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for CancelSweepRequest
             * @function getTypeUrl
             * @memberof thresher.v1.CancelSweepRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CancelSweepRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.CancelSweepRequest";
            };

            return CancelSweepRequest;
        })();

        v1.CancelSweepResponse = (function() {

            /**
             * Properties of a CancelSweepResponse.
             * @memberof thresher.v1
             * @interface ICancelSweepResponse
             * @property {number|null} [cancelled] CancelSweepResponse cancelled
             */

            /**
             * Constructs a new CancelSweepResponse.
             * @memberof thresher.v1
             * @classdesc Represents a CancelSweepResponse.
             * @implements ICancelSweepResponse
             * @constructor
             * @param {thresher.v1.ICancelSweepResponse=} [p] Properties to set
             */
            function CancelSweepResponse(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * CancelSweepResponse cancelled.
             * @member {number} cancelled
             * @memberof thresher.v1.CancelSweepResponse
             * @instance
             */
            CancelSweepResponse.prototype.cancelled = 0;

            /**
             * Creates a new CancelSweepResponse instance using the specified properties.
             * @function create
             * @memberof thresher.v1.CancelSweepResponse
             * @static
             * @param {thresher.v1.ICancelSweepResponse=} [properties] Properties to set
             * @returns {thresher.v1.CancelSweepResponse} CancelSweepResponse instance
             */
            CancelSweepResponse.create = function create(properties) {
                return new CancelSweepResponse(properties);
            };

            /**
             * Encodes the specified CancelSweepResponse message. Does not implicitly {@link thresher.v1.CancelSweepResponse.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.CancelSweepResponse
             * @static
             * @param {thresher.v1.ICancelSweepResponse} m CancelSweepResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelSweepResponse.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.cancelled != null && Object.hasOwnProperty.call(m, "cancelled"))
                    w.uint32(8).uint32(m.cancelled);
                return w;
            };

            /**
             * Encodes the specified CancelSweepResponse message, length delimited. Does not implicitly {@link thresher.v1.CancelSweepResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.CancelSweepResponse
             * @static
             * @param {thresher.v1.ICancelSweepResponse} message CancelSweepResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelSweepResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a CancelSweepResponse message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.CancelSweepResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.CancelSweepResponse} CancelSweepResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelSweepResponse.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.CancelSweepResponse();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.cancelled = r.uint32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a CancelSweepResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.CancelSweepResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.CancelSweepResponse} CancelSweepResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelSweepResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a CancelSweepResponse message.
             * @function verify
             * @memberof thresher.v1.CancelSweepResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelSweepResponse.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.cancelled != null && Object.hasOwnProperty.call(m, "cancelled")) {
                    if (!$util.isInteger(m.cancelled))
                        return "cancelled: integer expected";
                }
                return null;
            };

            /**
             * Creates a CancelSweepResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.CancelSweepResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.CancelSweepResponse} CancelSweepResponse
             */
            CancelSweepResponse.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.CancelSweepResponse)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.CancelSweepResponse: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.CancelSweepResponse();
                if (d.cancelled != null) {
                    m.cancelled = d.cancelled >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a CancelSweepResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.CancelSweepResponse
             * @static
             * @param {thresher.v1.CancelSweepResponse} m CancelSweepResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelSweepResponse.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.cancelled = 0;
                }
                if (m.cancelled != null && Object.hasOwnProperty.call(m, "cancelled")) {
                    d.cancelled = m.cancelled;
                }
                return d;
            };

            /**
             * Converts this CancelSweepResponse to JSON.
             * @function toJSON
             * @memberof thresher.v1.CancelSweepResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelSweepResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for CancelSweepResponse
             * @function getTypeUrl
             * @memberof thresher.v1.CancelSweepResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CancelSweepResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.CancelSweepResponse";
            };

            return CancelSweepResponse;
        })();

        v1.RetrySweepRequest = (function() {

            /**
             * Properties of a RetrySweepRequest.
             * @memberof thresher.v1
             * @interface IRetrySweepRequest
             * @property {string|null} [name] RetrySweepRequest name
             */

            /**
             * Constructs a new RetrySweepRequest.
             * @memberof thresher.v1
             * @classdesc Represents a RetrySweepRequest.
             * @implements IRetrySweepRequest
             * @constructor
             * @param {thresher.v1.IRetrySweepRequest=} [p] Properties to set
             */
            function RetrySweepRequest(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * RetrySweepRequest name.
             * @member {string} name
             * @memberof thresher.v1.RetrySweepRequest
             * @instance
             */
            RetrySweepRequest.prototype.name = "";

            /**
             * Creates a new RetrySweepRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.RetrySweepRequest
             * @static
             * @param {thresher.v1.IRetrySweepRequest=} [properties] Properties to set
             * @returns {thresher.v1.RetrySweepRequest} RetrySweepRequest instance
             */
            RetrySweepRequest.create = function create(properties) {
                return new RetrySweepRequest(properties);
            };

            /**
             * Encodes the specified RetrySweepRequest message. Does not implicitly {@link thresher.v1.RetrySweepRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.RetrySweepRequest
             * @static
             * @param {thresher.v1.IRetrySweepRequest} m RetrySweepRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RetrySweepRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                    w.uint32(10).string(m.name);
                return w;
            };

            /**
             * Encodes the specified RetrySweepRequest message, length delimited. Does not implicitly {@link thresher.v1.RetrySweepRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.RetrySweepRequest
             * @static
             * @param {thresher.v1.IRetrySweepRequest} message RetrySweepRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RetrySweepRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a RetrySweepRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.RetrySweepRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.RetrySweepRequest} RetrySweepRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RetrySweepRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.RetrySweepRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.name = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a RetrySweepRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.RetrySweepRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.RetrySweepRequest} RetrySweepRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RetrySweepRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a RetrySweepRequest message.
             * @function verify
             * @memberof thresher.v1.RetrySweepRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RetrySweepRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                return null;
            };

            /**
             * Creates a RetrySweepRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.RetrySweepRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.RetrySweepRequest} RetrySweepRequest
             */
            RetrySweepRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.RetrySweepRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.RetrySweepRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.RetrySweepRequest();
                if (d.name != null) {
                    m.name = String(d.name);
                }
                return m;
            };

            /**
             * Creates a plain object from a RetrySweepRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.RetrySweepRequest
             * @static
             * @param {thresher.v1.RetrySweepRequest} m RetrySweepRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RetrySweepRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                }
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                return d;
            };

            /**
             * Converts this RetrySweepRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.RetrySweepRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RetrySweepRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for RetrySweepRequest
             * @function getTypeUrl
             * @memberof thresher.v1.RetrySweepRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RetrySweepRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.RetrySweepRequest";
            };

            return RetrySweepRequest;
        })();

        v1.RetrySweepResponse = (function() {

            /**
             * Properties of a RetrySweepResponse.
             * @memberof thresher.v1
             * @interface IRetrySweepResponse
             * @property {number|null} [requeued] RetrySweepResponse requeued
             */

            /**
             * Constructs a new RetrySweepResponse.
             * @memberof thresher.v1
             * @classdesc Represents a RetrySweepResponse.
             * @implements IRetrySweepResponse
             * @constructor
             * @param {thresher.v1.IRetrySweepResponse=} [p] Properties to set
             */
            function RetrySweepResponse(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * RetrySweepResponse requeued.
             * @member {number} requeued
             * @memberof thresher.v1.RetrySweepResponse
             * @instance
             */
            RetrySweepResponse.prototype.requeued = 0;

            /**
             * Creates a new RetrySweepResponse instance using the specified properties.
             * @function create
             * @memberof thresher.v1.RetrySweepResponse
             * @static
             * @param {thresher.v1.IRetrySweepResponse=} [properties] Properties to set
             * @returns {thresher.v1.RetrySweepResponse} RetrySweepResponse instance
             */
            RetrySweepResponse.create = function create(properties) {
                return new RetrySweepResponse(properties);
            };

            /**
             * Encodes the specified RetrySweepResponse message. Does not implicitly {@link thresher.v1.RetrySweepResponse.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.RetrySweepResponse
             * @static
             * @param {thresher.v1.IRetrySweepResponse} m RetrySweepResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RetrySweepResponse.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.requeued != null && Object.hasOwnProperty.call(m, "requeued"))
                    w.uint32(8).uint32(m.requeued);
                return w;
            };

            /**
             * Encodes the specified RetrySweepResponse message, length delimited. Does not implicitly {@link thresher.v1.RetrySweepResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.RetrySweepResponse
             * @static
             * @param {thresher.v1.IRetrySweepResponse} message RetrySweepResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RetrySweepResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a RetrySweepResponse message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.RetrySweepResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.RetrySweepResponse} RetrySweepResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RetrySweepResponse.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.RetrySweepResponse();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.requeued = r.uint32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a RetrySweepResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.RetrySweepResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.RetrySweepResponse} RetrySweepResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RetrySweepResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a RetrySweepResponse message.
             * @function verify
             * @memberof thresher.v1.RetrySweepResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RetrySweepResponse.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.requeued != null && Object.hasOwnProperty.call(m, "requeued")) {
                    if (!$util.isInteger(m.requeued))
                        return "requeued: integer expected";
                }
                return null;
            };

            /**
             * Creates a RetrySweepResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.RetrySweepResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.RetrySweepResponse} RetrySweepResponse
             */
            RetrySweepResponse.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.RetrySweepResponse)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.RetrySweepResponse: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.RetrySweepResponse();
                if (d.requeued != null) {
                    m.requeued = d.requeued >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a RetrySweepResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.RetrySweepResponse
             * @static
             * @param {thresher.v1.RetrySweepResponse} m RetrySweepResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RetrySweepResponse.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.requeued = 0;
                }
                if (m.requeued != null && Object.hasOwnProperty.call(m, "requeued")) {
                    d.requeued = m.requeued;
                }
                return d;
            };

            /**
             * Converts this RetrySweepResponse to JSON.
             * @function toJSON
             * @memberof thresher.v1.RetrySweepResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RetrySweepResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for RetrySweepResponse
             * @function getTypeUrl
             * @memberof thresher.v1.RetrySweepResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RetrySweepResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.RetrySweepResponse";
            };

            return RetrySweepResponse;
        })();

        v1.ListWorkersRequest = (function() {

            /**
             * Properties of a ListWorkersRequest.
             * @memberof thresher.v1
             * @interface IListWorkersRequest
             * @property {number|null} [pageSize] ListWorkersRequest pageSize
             * @property {string|null} [pageToken] ListWorkersRequest pageToken
             */

            /**
             * Constructs a new ListWorkersRequest.
             * @memberof thresher.v1
             * @classdesc Represents a ListWorkersRequest.
             * @implements IListWorkersRequest
             * @constructor
             * @param {thresher.v1.IListWorkersRequest=} [p] Properties to set
             */
            function ListWorkersRequest(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * ListWorkersRequest pageSize.
             * @member {number} pageSize
             * @memberof thresher.v1.ListWorkersRequest
             * @instance
             */
            ListWorkersRequest.prototype.pageSize = 0;

            /**
             * ListWorkersRequest pageToken.
             * @member {string} pageToken
             * @memberof thresher.v1.ListWorkersRequest
             * @instance
             */
            ListWorkersRequest.prototype.pageToken = "";

            /**
             * Creates a new ListWorkersRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.ListWorkersRequest
             * @static
             * @param {thresher.v1.IListWorkersRequest=} [properties] Properties to set
             * @returns {thresher.v1.ListWorkersRequest} ListWorkersRequest instance
             */
            ListWorkersRequest.create = function create(properties) {
                return new ListWorkersRequest(properties);
            };

            /**
             * Encodes the specified ListWorkersRequest message. Does not implicitly {@link thresher.v1.ListWorkersRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.ListWorkersRequest
             * @static
             * @param {thresher.v1.IListWorkersRequest} m ListWorkersRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListWorkersRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.pageSize != null && Object.hasOwnProperty.call(m, "pageSize"))
                    w.uint32(8).uint32(m.pageSize);
                if (m.pageToken != null && Object.hasOwnProperty.call(m, "pageToken"))
                    w.uint32(18).string(m.pageToken);
                return w;
            };

            /**
             * Encodes the specified ListWorkersRequest message, length delimited. Does not implicitly {@link thresher.v1.ListWorkersRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.ListWorkersRequest
             * @static
             * @param {thresher.v1.IListWorkersRequest} message ListWorkersRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListWorkersRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ListWorkersRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.ListWorkersRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.ListWorkersRequest} ListWorkersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListWorkersRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.ListWorkersRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.pageSize = r.uint32();
                            break;
                        }
                    case 2: {
                            m.pageToken = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a ListWorkersRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.ListWorkersRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.ListWorkersRequest} ListWorkersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListWorkersRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ListWorkersRequest message.
             * @function verify
             * @memberof thresher.v1.ListWorkersRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListWorkersRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.pageSize != null && Object.hasOwnProperty.call(m, "pageSize")) {
                    if (!$util.isInteger(m.pageSize))
                        return "pageSize: integer expected";
                }
                if (m.pageToken != null && Object.hasOwnProperty.call(m, "pageToken")) {
                    if (!$util.isString(m.pageToken))
                        return "pageToken: string expected";
                }
                return null;
            };

            /**
             * Creates a ListWorkersRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.ListWorkersRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.ListWorkersRequest} ListWorkersRequest
             */
            ListWorkersRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.ListWorkersRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.ListWorkersRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.ListWorkersRequest();
                if (d.pageSize != null) {
                    m.pageSize = d.pageSize >>> 0;
                }
                if (d.pageToken != null) {
                    m.pageToken = String(d.pageToken);
                }
                return m;
            };

            /**
             * Creates a plain object from a ListWorkersRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.ListWorkersRequest
             * @static
             * @param {thresher.v1.ListWorkersRequest} m ListWorkersRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListWorkersRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.pageSize = 0;
                    d.pageToken = "";
                }
                if (m.pageSize != null && Object.hasOwnProperty.call(m, "pageSize")) {
                    d.pageSize = m.pageSize;
                }
                if (m.pageToken != null && Object.hasOwnProperty.call(m, "pageToken")) {
                    d.pageToken = m.pageToken;
                }
                return d;
            };

            /**
             * Converts this ListWorkersRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.ListWorkersRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListWorkersRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ListWorkersRequest
             * @function getTypeUrl
             * @memberof thresher.v1.ListWorkersRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListWorkersRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.ListWorkersRequest";
            };

            return ListWorkersRequest;
        })();

        v1.WorkerStatus = (function() {

            /**
             * Properties of a WorkerStatus.
             * @memberof thresher.v1
             * @interface IWorkerStatus
             * @property {string|null} [workerId] WorkerStatus workerId
             * @property {string|null} [host] WorkerStatus host
             * @property {number|null} [cores] WorkerStatus cores
             * @property {string|null} [backend] WorkerStatus backend
             * @property {string|null} [version] WorkerStatus version
             * @property {string|null} [state] WorkerStatus state
             * @property {number|null} [registeredAtMs] WorkerStatus registeredAtMs
             * @property {number|null} [lastSeenAtMs] WorkerStatus lastSeenAtMs
             * @property {number|null} [leased] WorkerStatus leased
             * @property {number|null} [completed] WorkerStatus completed
             * @property {number|null} [slots] WorkerStatus slots
             */

            /**
             * Constructs a new WorkerStatus.
             * @memberof thresher.v1
             * @classdesc Represents a WorkerStatus.
             * @implements IWorkerStatus
             * @constructor
             * @param {thresher.v1.IWorkerStatus=} [p] Properties to set
             */
            function WorkerStatus(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * WorkerStatus workerId.
             * @member {string} workerId
             * @memberof thresher.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.workerId = "";

            /**
             * WorkerStatus host.
             * @member {string} host
             * @memberof thresher.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.host = "";

            /**
             * WorkerStatus cores.
             * @member {number} cores
             * @memberof thresher.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.cores = 0;

            /**
             * WorkerStatus backend.
             * @member {string} backend
             * @memberof thresher.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.backend = "";

            /**
             * WorkerStatus version.
             * @member {string} version
             * @memberof thresher.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.version = "";

            /**
             * WorkerStatus state.
             * @member {string} state
             * @memberof thresher.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.state = "";

            /**
             * WorkerStatus registeredAtMs.
             * @member {number} registeredAtMs
             * @memberof thresher.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.registeredAtMs = 0;

            /**
             * WorkerStatus lastSeenAtMs.
             * @member {number} lastSeenAtMs
             * @memberof thresher.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.lastSeenAtMs = 0;

            /**
             * WorkerStatus leased.
             * @member {number} leased
             * @memberof thresher.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.leased = 0;

            /**
             * WorkerStatus completed.
             * @member {number} completed
             * @memberof thresher.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.completed = 0;

            /**
             * WorkerStatus slots.
             * @member {number} slots
             * @memberof thresher.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.slots = 0;

            /**
             * Creates a new WorkerStatus instance using the specified properties.
             * @function create
             * @memberof thresher.v1.WorkerStatus
             * @static
             * @param {thresher.v1.IWorkerStatus=} [properties] Properties to set
             * @returns {thresher.v1.WorkerStatus} WorkerStatus instance
             */
            WorkerStatus.create = function create(properties) {
                return new WorkerStatus(properties);
            };

            /**
             * Encodes the specified WorkerStatus message. Does not implicitly {@link thresher.v1.WorkerStatus.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.WorkerStatus
             * @static
             * @param {thresher.v1.IWorkerStatus} m WorkerStatus message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerStatus.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId"))
                    w.uint32(10).string(m.workerId);
                if (m.host != null && Object.hasOwnProperty.call(m, "host"))
                    w.uint32(18).string(m.host);
                if (m.cores != null && Object.hasOwnProperty.call(m, "cores"))
                    w.uint32(24).uint32(m.cores);
                if (m.backend != null && Object.hasOwnProperty.call(m, "backend"))
                    w.uint32(34).string(m.backend);
                if (m.version != null && Object.hasOwnProperty.call(m, "version"))
                    w.uint32(42).string(m.version);
                if (m.state != null && Object.hasOwnProperty.call(m, "state"))
                    w.uint32(50).string(m.state);
                if (m.registeredAtMs != null && Object.hasOwnProperty.call(m, "registeredAtMs"))
                    w.uint32(57).double(m.registeredAtMs);
                if (m.lastSeenAtMs != null && Object.hasOwnProperty.call(m, "lastSeenAtMs"))
                    w.uint32(65).double(m.lastSeenAtMs);
                if (m.leased != null && Object.hasOwnProperty.call(m, "leased"))
                    w.uint32(72).uint32(m.leased);
                if (m.completed != null && Object.hasOwnProperty.call(m, "completed"))
                    w.uint32(80).uint32(m.completed);
                if (m.slots != null && Object.hasOwnProperty.call(m, "slots"))
                    w.uint32(88).uint32(m.slots);
                return w;
            };

            /**
             * Encodes the specified WorkerStatus message, length delimited. Does not implicitly {@link thresher.v1.WorkerStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.WorkerStatus
             * @static
             * @param {thresher.v1.IWorkerStatus} message WorkerStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerStatus.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a WorkerStatus message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.WorkerStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.WorkerStatus} WorkerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerStatus.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.WorkerStatus();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.workerId = r.string();
                            break;
                        }
                    case 2: {
                            m.host = r.string();
                            break;
                        }
                    case 3: {
                            m.cores = r.uint32();
                            break;
                        }
                    case 4: {
                            m.backend = r.string();
                            break;
                        }
                    case 5: {
                            m.version = r.string();
                            break;
                        }
                    case 6: {
                            m.state = r.string();
                            break;
                        }
                    case 7: {
                            m.registeredAtMs = r.double();
                            break;
                        }
                    case 8: {
                            m.lastSeenAtMs = r.double();
                            break;
                        }
                    case 9: {
                            m.leased = r.uint32();
                            break;
                        }
                    case 10: {
                            m.completed = r.uint32();
                            break;
                        }
                    case 11: {
                            m.slots = r.uint32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a WorkerStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.WorkerStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.WorkerStatus} WorkerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerStatus.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a WorkerStatus message.
             * @function verify
             * @memberof thresher.v1.WorkerStatus
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerStatus.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    if (!$util.isString(m.workerId))
                        return "workerId: string expected";
                }
                if (m.host != null && Object.hasOwnProperty.call(m, "host")) {
                    if (!$util.isString(m.host))
                        return "host: string expected";
                }
                if (m.cores != null && Object.hasOwnProperty.call(m, "cores")) {
                    if (!$util.isInteger(m.cores))
                        return "cores: integer expected";
                }
                if (m.backend != null && Object.hasOwnProperty.call(m, "backend")) {
                    if (!$util.isString(m.backend))
                        return "backend: string expected";
                }
                if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isString(m.version))
                        return "version: string expected";
                }
                if (m.state != null && Object.hasOwnProperty.call(m, "state")) {
                    if (!$util.isString(m.state))
                        return "state: string expected";
                }
                if (m.registeredAtMs != null && Object.hasOwnProperty.call(m, "registeredAtMs")) {
                    if (typeof m.registeredAtMs !== "number")
                        return "registeredAtMs: number expected";
                }
                if (m.lastSeenAtMs != null && Object.hasOwnProperty.call(m, "lastSeenAtMs")) {
                    if (typeof m.lastSeenAtMs !== "number")
                        return "lastSeenAtMs: number expected";
                }
                if (m.leased != null && Object.hasOwnProperty.call(m, "leased")) {
                    if (!$util.isInteger(m.leased))
                        return "leased: integer expected";
                }
                if (m.completed != null && Object.hasOwnProperty.call(m, "completed")) {
                    if (!$util.isInteger(m.completed))
                        return "completed: integer expected";
                }
                if (m.slots != null && Object.hasOwnProperty.call(m, "slots")) {
                    if (!$util.isInteger(m.slots))
                        return "slots: integer expected";
                }
                return null;
            };

            /**
             * Creates a WorkerStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.WorkerStatus
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.WorkerStatus} WorkerStatus
             */
            WorkerStatus.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.WorkerStatus)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.WorkerStatus: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.WorkerStatus();
                if (d.workerId != null) {
                    m.workerId = String(d.workerId);
                }
                if (d.host != null) {
                    m.host = String(d.host);
                }
                if (d.cores != null) {
                    m.cores = d.cores >>> 0;
                }
                if (d.backend != null) {
                    m.backend = String(d.backend);
                }
                if (d.version != null) {
                    m.version = String(d.version);
                }
                if (d.state != null) {
                    m.state = String(d.state);
                }
                if (d.registeredAtMs != null) {
                    m.registeredAtMs = Number(d.registeredAtMs);
                }
                if (d.lastSeenAtMs != null) {
                    m.lastSeenAtMs = Number(d.lastSeenAtMs);
                }
                if (d.leased != null) {
                    m.leased = d.leased >>> 0;
                }
                if (d.completed != null) {
                    m.completed = d.completed >>> 0;
                }
                if (d.slots != null) {
                    m.slots = d.slots >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a WorkerStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.WorkerStatus
             * @static
             * @param {thresher.v1.WorkerStatus} m WorkerStatus
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerStatus.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.workerId = "";
                    d.host = "";
                    d.cores = 0;
                    d.backend = "";
                    d.version = "";
                    d.state = "";
                    d.registeredAtMs = 0;
                    d.lastSeenAtMs = 0;
                    d.leased = 0;
                    d.completed = 0;
                    d.slots = 0;
                }
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    d.workerId = m.workerId;
                }
                if (m.host != null && Object.hasOwnProperty.call(m, "host")) {
                    d.host = m.host;
                }
                if (m.cores != null && Object.hasOwnProperty.call(m, "cores")) {
                    d.cores = m.cores;
                }
                if (m.backend != null && Object.hasOwnProperty.call(m, "backend")) {
                    d.backend = m.backend;
                }
                if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.state != null && Object.hasOwnProperty.call(m, "state")) {
                    d.state = m.state;
                }
                if (m.registeredAtMs != null && Object.hasOwnProperty.call(m, "registeredAtMs")) {
                    d.registeredAtMs = o.json && !isFinite(m.registeredAtMs) ? String(m.registeredAtMs) : m.registeredAtMs;
                }
                if (m.lastSeenAtMs != null && Object.hasOwnProperty.call(m, "lastSeenAtMs")) {
                    d.lastSeenAtMs = o.json && !isFinite(m.lastSeenAtMs) ? String(m.lastSeenAtMs) : m.lastSeenAtMs;
                }
                if (m.leased != null && Object.hasOwnProperty.call(m, "leased")) {
                    d.leased = m.leased;
                }
                if (m.completed != null && Object.hasOwnProperty.call(m, "completed")) {
                    d.completed = m.completed;
                }
                if (m.slots != null && Object.hasOwnProperty.call(m, "slots")) {
                    d.slots = m.slots;
                }
                return d;
            };

            /**
             * Converts this WorkerStatus to JSON.
             * @function toJSON
             * @memberof thresher.v1.WorkerStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerStatus.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for WorkerStatus
             * @function getTypeUrl
             * @memberof thresher.v1.WorkerStatus
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            WorkerStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.WorkerStatus";
            };

            return WorkerStatus;
        })();

        v1.ListWorkersResponse = (function() {

            /**
             * Properties of a ListWorkersResponse.
             * @memberof thresher.v1
             * @interface IListWorkersResponse
             * @property {Array.<thresher.v1.IWorkerStatus>|null} [workers] ListWorkersResponse workers
             * @property {string|null} [nextPageToken] ListWorkersResponse nextPageToken
             */

            /**
             * Constructs a new ListWorkersResponse.
             * @memberof thresher.v1
             * @classdesc Represents a ListWorkersResponse.
             * @implements IListWorkersResponse
             * @constructor
             * @param {thresher.v1.IListWorkersResponse=} [p] Properties to set
             */
            function ListWorkersResponse(p) {
                this.workers = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * ListWorkersResponse workers.
             * @member {Array.<thresher.v1.IWorkerStatus>} workers
             * @memberof thresher.v1.ListWorkersResponse
             * @instance
             */
            ListWorkersResponse.prototype.workers = $util.emptyArray;

            /**
             * ListWorkersResponse nextPageToken.
             * @member {string} nextPageToken
             * @memberof thresher.v1.ListWorkersResponse
             * @instance
             */
            ListWorkersResponse.prototype.nextPageToken = "";

            /**
             * Creates a new ListWorkersResponse instance using the specified properties.
             * @function create
             * @memberof thresher.v1.ListWorkersResponse
             * @static
             * @param {thresher.v1.IListWorkersResponse=} [properties] Properties to set
             * @returns {thresher.v1.ListWorkersResponse} ListWorkersResponse instance
             */
            ListWorkersResponse.create = function create(properties) {
                return new ListWorkersResponse(properties);
            };

            /**
             * Encodes the specified ListWorkersResponse message. Does not implicitly {@link thresher.v1.ListWorkersResponse.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.ListWorkersResponse
             * @static
             * @param {thresher.v1.IListWorkersResponse} m ListWorkersResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListWorkersResponse.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.workers != null && m.workers.length) {
                    for (var i = 0; i < m.workers.length; ++i)
                        $root.thresher.v1.WorkerStatus.encode(m.workers[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.nextPageToken != null && Object.hasOwnProperty.call(m, "nextPageToken"))
                    w.uint32(18).string(m.nextPageToken);
                return w;
            };

            /**
             * Encodes the specified ListWorkersResponse message, length delimited. Does not implicitly {@link thresher.v1.ListWorkersResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.ListWorkersResponse
             * @static
             * @param {thresher.v1.IListWorkersResponse} message ListWorkersResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListWorkersResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a ListWorkersResponse message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.ListWorkersResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.ListWorkersResponse} ListWorkersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListWorkersResponse.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.ListWorkersResponse();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.workers && m.workers.length))
                                m.workers = [];
                            m.workers.push($root.thresher.v1.WorkerStatus.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 2: {
                            m.nextPageToken = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a ListWorkersResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.ListWorkersResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.ListWorkersResponse} ListWorkersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListWorkersResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a ListWorkersResponse message.
             * @function verify
             * @memberof thresher.v1.ListWorkersResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListWorkersResponse.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.workers != null && Object.hasOwnProperty.call(m, "workers")) {
                    if (!Array.isArray(m.workers))
                        return "workers: array expected";
                    for (var i = 0; i < m.workers.length; ++i) {
                        {
                            var e = $root.thresher.v1.WorkerStatus.verify(m.workers[i], n + 1);
                            if (e)
                                return "workers." + e;
                        }
                    }
                }
                if (m.nextPageToken != null && Object.hasOwnProperty.call(m, "nextPageToken")) {
                    if (!$util.isString(m.nextPageToken))
                        return "nextPageToken: string expected";
                }
                return null;
            };

            /**
             * Creates a ListWorkersResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.ListWorkersResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.ListWorkersResponse} ListWorkersResponse
             */
            ListWorkersResponse.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.ListWorkersResponse)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.ListWorkersResponse: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.ListWorkersResponse();
                if (d.workers) {
                    if (!Array.isArray(d.workers))
                        throw TypeError(".thresher.v1.ListWorkersResponse.workers: array expected");
                    m.workers = [];
                    for (var i = 0; i < d.workers.length; ++i) {
                        if (!$util.isObject(d.workers[i]))
                            throw TypeError(".thresher.v1.ListWorkersResponse.workers: object expected");
                        m.workers[i] = $root.thresher.v1.WorkerStatus.fromObject(d.workers[i], n + 1);
                    }
                }
                if (d.nextPageToken != null) {
                    m.nextPageToken = String(d.nextPageToken);
                }
                return m;
            };

            /**
             * Creates a plain object from a ListWorkersResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.ListWorkersResponse
             * @static
             * @param {thresher.v1.ListWorkersResponse} m ListWorkersResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListWorkersResponse.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.workers = [];
                }
                if (o.defaults) {
                    d.nextPageToken = "";
                }
                if (m.workers && m.workers.length) {
                    d.workers = [];
                    for (var j = 0; j < m.workers.length; ++j) {
                        d.workers[j] = $root.thresher.v1.WorkerStatus.toObject(m.workers[j], o, q + 1);
                    }
                }
                if (m.nextPageToken != null && Object.hasOwnProperty.call(m, "nextPageToken")) {
                    d.nextPageToken = m.nextPageToken;
                }
                return d;
            };

            /**
             * Converts this ListWorkersResponse to JSON.
             * @function toJSON
             * @memberof thresher.v1.ListWorkersResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListWorkersResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ListWorkersResponse
             * @function getTypeUrl
             * @memberof thresher.v1.ListWorkersResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ListWorkersResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.ListWorkersResponse";
            };

            return ListWorkersResponse;
        })();

        v1.RegisterWorkerRequest = (function() {

            /**
             * Properties of a RegisterWorkerRequest.
             * @memberof thresher.v1
             * @interface IRegisterWorkerRequest
             * @property {string|null} [host] RegisterWorkerRequest host
             * @property {number|null} [cores] RegisterWorkerRequest cores
             * @property {string|null} [backend] RegisterWorkerRequest backend
             * @property {string|null} [version] RegisterWorkerRequest version
             * @property {string|null} [name] RegisterWorkerRequest name
             * @property {number|null} [slots] RegisterWorkerRequest slots
             */

            /**
             * Constructs a new RegisterWorkerRequest.
             * @memberof thresher.v1
             * @classdesc Represents a RegisterWorkerRequest.
             * @implements IRegisterWorkerRequest
             * @constructor
             * @param {thresher.v1.IRegisterWorkerRequest=} [p] Properties to set
             */
            function RegisterWorkerRequest(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * RegisterWorkerRequest host.
             * @member {string} host
             * @memberof thresher.v1.RegisterWorkerRequest
             * @instance
             */
            RegisterWorkerRequest.prototype.host = "";

            /**
             * RegisterWorkerRequest cores.
             * @member {number} cores
             * @memberof thresher.v1.RegisterWorkerRequest
             * @instance
             */
            RegisterWorkerRequest.prototype.cores = 0;

            /**
             * RegisterWorkerRequest backend.
             * @member {string} backend
             * @memberof thresher.v1.RegisterWorkerRequest
             * @instance
             */
            RegisterWorkerRequest.prototype.backend = "";

            /**
             * RegisterWorkerRequest version.
             * @member {string} version
             * @memberof thresher.v1.RegisterWorkerRequest
             * @instance
             */
            RegisterWorkerRequest.prototype.version = "";

            /**
             * RegisterWorkerRequest name.
             * @member {string} name
             * @memberof thresher.v1.RegisterWorkerRequest
             * @instance
             */
            RegisterWorkerRequest.prototype.name = "";

            /**
             * RegisterWorkerRequest slots.
             * @member {number} slots
             * @memberof thresher.v1.RegisterWorkerRequest
             * @instance
             */
            RegisterWorkerRequest.prototype.slots = 0;

            /**
             * Creates a new RegisterWorkerRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.RegisterWorkerRequest
             * @static
             * @param {thresher.v1.IRegisterWorkerRequest=} [properties] Properties to set
             * @returns {thresher.v1.RegisterWorkerRequest} RegisterWorkerRequest instance
             */
            RegisterWorkerRequest.create = function create(properties) {
                return new RegisterWorkerRequest(properties);
            };

            /**
             * Encodes the specified RegisterWorkerRequest message. Does not implicitly {@link thresher.v1.RegisterWorkerRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.RegisterWorkerRequest
             * @static
             * @param {thresher.v1.IRegisterWorkerRequest} m RegisterWorkerRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterWorkerRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.host != null && Object.hasOwnProperty.call(m, "host"))
                    w.uint32(10).string(m.host);
                if (m.cores != null && Object.hasOwnProperty.call(m, "cores"))
                    w.uint32(16).uint32(m.cores);
                if (m.backend != null && Object.hasOwnProperty.call(m, "backend"))
                    w.uint32(26).string(m.backend);
                if (m.version != null && Object.hasOwnProperty.call(m, "version"))
                    w.uint32(34).string(m.version);
                if (m.name != null && Object.hasOwnProperty.call(m, "name"))
                    w.uint32(42).string(m.name);
                if (m.slots != null && Object.hasOwnProperty.call(m, "slots"))
                    w.uint32(48).uint32(m.slots);
                return w;
            };

            /**
             * Encodes the specified RegisterWorkerRequest message, length delimited. Does not implicitly {@link thresher.v1.RegisterWorkerRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.RegisterWorkerRequest
             * @static
             * @param {thresher.v1.IRegisterWorkerRequest} message RegisterWorkerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterWorkerRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a RegisterWorkerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.RegisterWorkerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.RegisterWorkerRequest} RegisterWorkerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterWorkerRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.RegisterWorkerRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.host = r.string();
                            break;
                        }
                    case 2: {
                            m.cores = r.uint32();
                            break;
                        }
                    case 3: {
                            m.backend = r.string();
                            break;
                        }
                    case 4: {
                            m.version = r.string();
                            break;
                        }
                    case 5: {
                            m.name = r.string();
                            break;
                        }
                    case 6: {
                            m.slots = r.uint32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a RegisterWorkerRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.RegisterWorkerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.RegisterWorkerRequest} RegisterWorkerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterWorkerRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a RegisterWorkerRequest message.
             * @function verify
             * @memberof thresher.v1.RegisterWorkerRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegisterWorkerRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.host != null && Object.hasOwnProperty.call(m, "host")) {
                    if (!$util.isString(m.host))
                        return "host: string expected";
                }
                if (m.cores != null && Object.hasOwnProperty.call(m, "cores")) {
                    if (!$util.isInteger(m.cores))
                        return "cores: integer expected";
                }
                if (m.backend != null && Object.hasOwnProperty.call(m, "backend")) {
                    if (!$util.isString(m.backend))
                        return "backend: string expected";
                }
                if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isString(m.version))
                        return "version: string expected";
                }
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.slots != null && Object.hasOwnProperty.call(m, "slots")) {
                    if (!$util.isInteger(m.slots))
                        return "slots: integer expected";
                }
                return null;
            };

            /**
             * Creates a RegisterWorkerRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.RegisterWorkerRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.RegisterWorkerRequest} RegisterWorkerRequest
             */
            RegisterWorkerRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.RegisterWorkerRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.RegisterWorkerRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.RegisterWorkerRequest();
                if (d.host != null) {
                    m.host = String(d.host);
                }
                if (d.cores != null) {
                    m.cores = d.cores >>> 0;
                }
                if (d.backend != null) {
                    m.backend = String(d.backend);
                }
                if (d.version != null) {
                    m.version = String(d.version);
                }
                if (d.name != null) {
                    m.name = String(d.name);
                }
                if (d.slots != null) {
                    m.slots = d.slots >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a RegisterWorkerRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.RegisterWorkerRequest
             * @static
             * @param {thresher.v1.RegisterWorkerRequest} m RegisterWorkerRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegisterWorkerRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.host = "";
                    d.cores = 0;
                    d.backend = "";
                    d.version = "";
                    d.name = "";
                    d.slots = 0;
                }
                if (m.host != null && Object.hasOwnProperty.call(m, "host")) {
                    d.host = m.host;
                }
                if (m.cores != null && Object.hasOwnProperty.call(m, "cores")) {
                    d.cores = m.cores;
                }
                if (m.backend != null && Object.hasOwnProperty.call(m, "backend")) {
                    d.backend = m.backend;
                }
                if (m.version != null && Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.name != null && Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.slots != null && Object.hasOwnProperty.call(m, "slots")) {
                    d.slots = m.slots;
                }
                return d;
            };

            /**
             * Converts this RegisterWorkerRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.RegisterWorkerRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegisterWorkerRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for RegisterWorkerRequest
             * @function getTypeUrl
             * @memberof thresher.v1.RegisterWorkerRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RegisterWorkerRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.RegisterWorkerRequest";
            };

            return RegisterWorkerRequest;
        })();

        v1.RegisterWorkerResponse = (function() {

            /**
             * Properties of a RegisterWorkerResponse.
             * @memberof thresher.v1
             * @interface IRegisterWorkerResponse
             * @property {string|null} [workerId] RegisterWorkerResponse workerId
             * @property {number|null} [leaseMs] RegisterWorkerResponse leaseMs
             * @property {number|null} [heartbeatIntervalMs] RegisterWorkerResponse heartbeatIntervalMs
             * @property {number|null} [maxBundle] RegisterWorkerResponse maxBundle
             * @property {string|null} [workerSecret] RegisterWorkerResponse workerSecret
             */

            /**
             * Constructs a new RegisterWorkerResponse.
             * @memberof thresher.v1
             * @classdesc Represents a RegisterWorkerResponse.
             * @implements IRegisterWorkerResponse
             * @constructor
             * @param {thresher.v1.IRegisterWorkerResponse=} [p] Properties to set
             */
            function RegisterWorkerResponse(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * RegisterWorkerResponse workerId.
             * @member {string} workerId
             * @memberof thresher.v1.RegisterWorkerResponse
             * @instance
             */
            RegisterWorkerResponse.prototype.workerId = "";

            /**
             * RegisterWorkerResponse leaseMs.
             * @member {number} leaseMs
             * @memberof thresher.v1.RegisterWorkerResponse
             * @instance
             */
            RegisterWorkerResponse.prototype.leaseMs = 0;

            /**
             * RegisterWorkerResponse heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof thresher.v1.RegisterWorkerResponse
             * @instance
             */
            RegisterWorkerResponse.prototype.heartbeatIntervalMs = 0;

            /**
             * RegisterWorkerResponse maxBundle.
             * @member {number} maxBundle
             * @memberof thresher.v1.RegisterWorkerResponse
             * @instance
             */
            RegisterWorkerResponse.prototype.maxBundle = 0;

            /**
             * RegisterWorkerResponse workerSecret.
             * @member {string} workerSecret
             * @memberof thresher.v1.RegisterWorkerResponse
             * @instance
             */
            RegisterWorkerResponse.prototype.workerSecret = "";

            /**
             * Creates a new RegisterWorkerResponse instance using the specified properties.
             * @function create
             * @memberof thresher.v1.RegisterWorkerResponse
             * @static
             * @param {thresher.v1.IRegisterWorkerResponse=} [properties] Properties to set
             * @returns {thresher.v1.RegisterWorkerResponse} RegisterWorkerResponse instance
             */
            RegisterWorkerResponse.create = function create(properties) {
                return new RegisterWorkerResponse(properties);
            };

            /**
             * Encodes the specified RegisterWorkerResponse message. Does not implicitly {@link thresher.v1.RegisterWorkerResponse.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.RegisterWorkerResponse
             * @static
             * @param {thresher.v1.IRegisterWorkerResponse} m RegisterWorkerResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterWorkerResponse.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId"))
                    w.uint32(10).string(m.workerId);
                if (m.leaseMs != null && Object.hasOwnProperty.call(m, "leaseMs"))
                    w.uint32(16).uint32(m.leaseMs);
                if (m.heartbeatIntervalMs != null && Object.hasOwnProperty.call(m, "heartbeatIntervalMs"))
                    w.uint32(24).uint32(m.heartbeatIntervalMs);
                if (m.maxBundle != null && Object.hasOwnProperty.call(m, "maxBundle"))
                    w.uint32(32).uint32(m.maxBundle);
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret"))
                    w.uint32(42).string(m.workerSecret);
                return w;
            };

            /**
             * Encodes the specified RegisterWorkerResponse message, length delimited. Does not implicitly {@link thresher.v1.RegisterWorkerResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.RegisterWorkerResponse
             * @static
             * @param {thresher.v1.IRegisterWorkerResponse} message RegisterWorkerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterWorkerResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a RegisterWorkerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.RegisterWorkerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.RegisterWorkerResponse} RegisterWorkerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterWorkerResponse.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.RegisterWorkerResponse();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.workerId = r.string();
                            break;
                        }
                    case 2: {
                            m.leaseMs = r.uint32();
                            break;
                        }
                    case 3: {
                            m.heartbeatIntervalMs = r.uint32();
                            break;
                        }
                    case 4: {
                            m.maxBundle = r.uint32();
                            break;
                        }
                    case 5: {
                            m.workerSecret = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a RegisterWorkerResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.RegisterWorkerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.RegisterWorkerResponse} RegisterWorkerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterWorkerResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a RegisterWorkerResponse message.
             * @function verify
             * @memberof thresher.v1.RegisterWorkerResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegisterWorkerResponse.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    if (!$util.isString(m.workerId))
                        return "workerId: string expected";
                }
                if (m.leaseMs != null && Object.hasOwnProperty.call(m, "leaseMs")) {
                    if (!$util.isInteger(m.leaseMs))
                        return "leaseMs: integer expected";
                }
                if (m.heartbeatIntervalMs != null && Object.hasOwnProperty.call(m, "heartbeatIntervalMs")) {
                    if (!$util.isInteger(m.heartbeatIntervalMs))
                        return "heartbeatIntervalMs: integer expected";
                }
                if (m.maxBundle != null && Object.hasOwnProperty.call(m, "maxBundle")) {
                    if (!$util.isInteger(m.maxBundle))
                        return "maxBundle: integer expected";
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    if (!$util.isString(m.workerSecret))
                        return "workerSecret: string expected";
                }
                return null;
            };

            /**
             * Creates a RegisterWorkerResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.RegisterWorkerResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.RegisterWorkerResponse} RegisterWorkerResponse
             */
            RegisterWorkerResponse.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.RegisterWorkerResponse)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.RegisterWorkerResponse: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.RegisterWorkerResponse();
                if (d.workerId != null) {
                    m.workerId = String(d.workerId);
                }
                if (d.leaseMs != null) {
                    m.leaseMs = d.leaseMs >>> 0;
                }
                if (d.heartbeatIntervalMs != null) {
                    m.heartbeatIntervalMs = d.heartbeatIntervalMs >>> 0;
                }
                if (d.maxBundle != null) {
                    m.maxBundle = d.maxBundle >>> 0;
                }
                if (d.workerSecret != null) {
                    m.workerSecret = String(d.workerSecret);
                }
                return m;
            };

            /**
             * Creates a plain object from a RegisterWorkerResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.RegisterWorkerResponse
             * @static
             * @param {thresher.v1.RegisterWorkerResponse} m RegisterWorkerResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegisterWorkerResponse.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.workerId = "";
                    d.leaseMs = 0;
                    d.heartbeatIntervalMs = 0;
                    d.maxBundle = 0;
                    d.workerSecret = "";
                }
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    d.workerId = m.workerId;
                }
                if (m.leaseMs != null && Object.hasOwnProperty.call(m, "leaseMs")) {
                    d.leaseMs = m.leaseMs;
                }
                if (m.heartbeatIntervalMs != null && Object.hasOwnProperty.call(m, "heartbeatIntervalMs")) {
                    d.heartbeatIntervalMs = m.heartbeatIntervalMs;
                }
                if (m.maxBundle != null && Object.hasOwnProperty.call(m, "maxBundle")) {
                    d.maxBundle = m.maxBundle;
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    d.workerSecret = m.workerSecret;
                }
                return d;
            };

            /**
             * Converts this RegisterWorkerResponse to JSON.
             * @function toJSON
             * @memberof thresher.v1.RegisterWorkerResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegisterWorkerResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for RegisterWorkerResponse
             * @function getTypeUrl
             * @memberof thresher.v1.RegisterWorkerResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            RegisterWorkerResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.RegisterWorkerResponse";
            };

            return RegisterWorkerResponse;
        })();

        v1.LeaseWorkRequest = (function() {

            /**
             * Properties of a LeaseWorkRequest.
             * @memberof thresher.v1
             * @interface ILeaseWorkRequest
             * @property {string|null} [workerId] LeaseWorkRequest workerId
             * @property {number|null} [capacity] LeaseWorkRequest capacity
             * @property {number|null} [slotFlopsPerSecond] LeaseWorkRequest slotFlopsPerSecond
             * @property {number|null} [slotMemoryBytes] LeaseWorkRequest slotMemoryBytes
             * @property {string|null} [workerSecret] LeaseWorkRequest workerSecret
             */

            /**
             * Constructs a new LeaseWorkRequest.
             * @memberof thresher.v1
             * @classdesc Represents a LeaseWorkRequest.
             * @implements ILeaseWorkRequest
             * @constructor
             * @param {thresher.v1.ILeaseWorkRequest=} [p] Properties to set
             */
            function LeaseWorkRequest(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * LeaseWorkRequest workerId.
             * @member {string} workerId
             * @memberof thresher.v1.LeaseWorkRequest
             * @instance
             */
            LeaseWorkRequest.prototype.workerId = "";

            /**
             * LeaseWorkRequest capacity.
             * @member {number} capacity
             * @memberof thresher.v1.LeaseWorkRequest
             * @instance
             */
            LeaseWorkRequest.prototype.capacity = 0;

            /**
             * LeaseWorkRequest slotFlopsPerSecond.
             * @member {number} slotFlopsPerSecond
             * @memberof thresher.v1.LeaseWorkRequest
             * @instance
             */
            LeaseWorkRequest.prototype.slotFlopsPerSecond = 0;

            /**
             * LeaseWorkRequest slotMemoryBytes.
             * @member {number} slotMemoryBytes
             * @memberof thresher.v1.LeaseWorkRequest
             * @instance
             */
            LeaseWorkRequest.prototype.slotMemoryBytes = 0;

            /**
             * LeaseWorkRequest workerSecret.
             * @member {string} workerSecret
             * @memberof thresher.v1.LeaseWorkRequest
             * @instance
             */
            LeaseWorkRequest.prototype.workerSecret = "";

            /**
             * Creates a new LeaseWorkRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.LeaseWorkRequest
             * @static
             * @param {thresher.v1.ILeaseWorkRequest=} [properties] Properties to set
             * @returns {thresher.v1.LeaseWorkRequest} LeaseWorkRequest instance
             */
            LeaseWorkRequest.create = function create(properties) {
                return new LeaseWorkRequest(properties);
            };

            /**
             * Encodes the specified LeaseWorkRequest message. Does not implicitly {@link thresher.v1.LeaseWorkRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.LeaseWorkRequest
             * @static
             * @param {thresher.v1.ILeaseWorkRequest} m LeaseWorkRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseWorkRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId"))
                    w.uint32(10).string(m.workerId);
                if (m.capacity != null && Object.hasOwnProperty.call(m, "capacity"))
                    w.uint32(16).uint32(m.capacity);
                if (m.slotFlopsPerSecond != null && Object.hasOwnProperty.call(m, "slotFlopsPerSecond"))
                    w.uint32(25).double(m.slotFlopsPerSecond);
                if (m.slotMemoryBytes != null && Object.hasOwnProperty.call(m, "slotMemoryBytes"))
                    w.uint32(33).double(m.slotMemoryBytes);
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret"))
                    w.uint32(42).string(m.workerSecret);
                return w;
            };

            /**
             * Encodes the specified LeaseWorkRequest message, length delimited. Does not implicitly {@link thresher.v1.LeaseWorkRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.LeaseWorkRequest
             * @static
             * @param {thresher.v1.ILeaseWorkRequest} message LeaseWorkRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseWorkRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a LeaseWorkRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.LeaseWorkRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.LeaseWorkRequest} LeaseWorkRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseWorkRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.LeaseWorkRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.workerId = r.string();
                            break;
                        }
                    case 2: {
                            m.capacity = r.uint32();
                            break;
                        }
                    case 3: {
                            m.slotFlopsPerSecond = r.double();
                            break;
                        }
                    case 4: {
                            m.slotMemoryBytes = r.double();
                            break;
                        }
                    case 5: {
                            m.workerSecret = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a LeaseWorkRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.LeaseWorkRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.LeaseWorkRequest} LeaseWorkRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseWorkRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a LeaseWorkRequest message.
             * @function verify
             * @memberof thresher.v1.LeaseWorkRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LeaseWorkRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    if (!$util.isString(m.workerId))
                        return "workerId: string expected";
                }
                if (m.capacity != null && Object.hasOwnProperty.call(m, "capacity")) {
                    if (!$util.isInteger(m.capacity))
                        return "capacity: integer expected";
                }
                if (m.slotFlopsPerSecond != null && Object.hasOwnProperty.call(m, "slotFlopsPerSecond")) {
                    if (typeof m.slotFlopsPerSecond !== "number")
                        return "slotFlopsPerSecond: number expected";
                }
                if (m.slotMemoryBytes != null && Object.hasOwnProperty.call(m, "slotMemoryBytes")) {
                    if (typeof m.slotMemoryBytes !== "number")
                        return "slotMemoryBytes: number expected";
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    if (!$util.isString(m.workerSecret))
                        return "workerSecret: string expected";
                }
                return null;
            };

            /**
             * Creates a LeaseWorkRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.LeaseWorkRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.LeaseWorkRequest} LeaseWorkRequest
             */
            LeaseWorkRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.LeaseWorkRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.LeaseWorkRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.LeaseWorkRequest();
                if (d.workerId != null) {
                    m.workerId = String(d.workerId);
                }
                if (d.capacity != null) {
                    m.capacity = d.capacity >>> 0;
                }
                if (d.slotFlopsPerSecond != null) {
                    m.slotFlopsPerSecond = Number(d.slotFlopsPerSecond);
                }
                if (d.slotMemoryBytes != null) {
                    m.slotMemoryBytes = Number(d.slotMemoryBytes);
                }
                if (d.workerSecret != null) {
                    m.workerSecret = String(d.workerSecret);
                }
                return m;
            };

            /**
             * Creates a plain object from a LeaseWorkRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.LeaseWorkRequest
             * @static
             * @param {thresher.v1.LeaseWorkRequest} m LeaseWorkRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LeaseWorkRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.workerId = "";
                    d.capacity = 0;
                    d.slotFlopsPerSecond = 0;
                    d.slotMemoryBytes = 0;
                    d.workerSecret = "";
                }
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    d.workerId = m.workerId;
                }
                if (m.capacity != null && Object.hasOwnProperty.call(m, "capacity")) {
                    d.capacity = m.capacity;
                }
                if (m.slotFlopsPerSecond != null && Object.hasOwnProperty.call(m, "slotFlopsPerSecond")) {
                    d.slotFlopsPerSecond = o.json && !isFinite(m.slotFlopsPerSecond) ? String(m.slotFlopsPerSecond) : m.slotFlopsPerSecond;
                }
                if (m.slotMemoryBytes != null && Object.hasOwnProperty.call(m, "slotMemoryBytes")) {
                    d.slotMemoryBytes = o.json && !isFinite(m.slotMemoryBytes) ? String(m.slotMemoryBytes) : m.slotMemoryBytes;
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    d.workerSecret = m.workerSecret;
                }
                return d;
            };

            /**
             * Converts this LeaseWorkRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.LeaseWorkRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LeaseWorkRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for LeaseWorkRequest
             * @function getTypeUrl
             * @memberof thresher.v1.LeaseWorkRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LeaseWorkRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.LeaseWorkRequest";
            };

            return LeaseWorkRequest;
        })();

        v1.LeasedTrial = (function() {

            /**
             * Properties of a LeasedTrial.
             * @memberof thresher.v1
             * @interface ILeasedTrial
             * @property {number|null} [attemptId] LeasedTrial attemptId
             * @property {string|null} [trialId] LeasedTrial trialId
             * @property {thresher.v1.ITrialParams|null} [params] LeasedTrial params
             * @property {number|null} [attempt] LeasedTrial attempt
             * @property {number|null} [expiresAtMs] LeasedTrial expiresAtMs
             */

            /**
             * Constructs a new LeasedTrial.
             * @memberof thresher.v1
             * @classdesc Represents a LeasedTrial.
             * @implements ILeasedTrial
             * @constructor
             * @param {thresher.v1.ILeasedTrial=} [p] Properties to set
             */
            function LeasedTrial(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * LeasedTrial attemptId.
             * @member {number} attemptId
             * @memberof thresher.v1.LeasedTrial
             * @instance
             */
            LeasedTrial.prototype.attemptId = 0;

            /**
             * LeasedTrial trialId.
             * @member {string} trialId
             * @memberof thresher.v1.LeasedTrial
             * @instance
             */
            LeasedTrial.prototype.trialId = "";

            /**
             * LeasedTrial params.
             * @member {thresher.v1.ITrialParams|null|undefined} params
             * @memberof thresher.v1.LeasedTrial
             * @instance
             */
            LeasedTrial.prototype.params = null;

            /**
             * LeasedTrial attempt.
             * @member {number} attempt
             * @memberof thresher.v1.LeasedTrial
             * @instance
             */
            LeasedTrial.prototype.attempt = 0;

            /**
             * LeasedTrial expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof thresher.v1.LeasedTrial
             * @instance
             */
            LeasedTrial.prototype.expiresAtMs = 0;

            /**
             * Creates a new LeasedTrial instance using the specified properties.
             * @function create
             * @memberof thresher.v1.LeasedTrial
             * @static
             * @param {thresher.v1.ILeasedTrial=} [properties] Properties to set
             * @returns {thresher.v1.LeasedTrial} LeasedTrial instance
             */
            LeasedTrial.create = function create(properties) {
                return new LeasedTrial(properties);
            };

            /**
             * Encodes the specified LeasedTrial message. Does not implicitly {@link thresher.v1.LeasedTrial.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.LeasedTrial
             * @static
             * @param {thresher.v1.ILeasedTrial} m LeasedTrial message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeasedTrial.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId"))
                    w.uint32(8).uint32(m.attemptId);
                if (m.trialId != null && Object.hasOwnProperty.call(m, "trialId"))
                    w.uint32(18).string(m.trialId);
                if (m.params != null && Object.hasOwnProperty.call(m, "params"))
                    $root.thresher.v1.TrialParams.encode(m.params, w.uint32(26).fork(), q + 1).ldelim();
                if (m.attempt != null && Object.hasOwnProperty.call(m, "attempt"))
                    w.uint32(32).uint32(m.attempt);
                if (m.expiresAtMs != null && Object.hasOwnProperty.call(m, "expiresAtMs"))
                    w.uint32(41).double(m.expiresAtMs);
                return w;
            };

            /**
             * Encodes the specified LeasedTrial message, length delimited. Does not implicitly {@link thresher.v1.LeasedTrial.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.LeasedTrial
             * @static
             * @param {thresher.v1.ILeasedTrial} message LeasedTrial message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeasedTrial.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a LeasedTrial message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.LeasedTrial
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.LeasedTrial} LeasedTrial
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeasedTrial.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.LeasedTrial();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.attemptId = r.uint32();
                            break;
                        }
                    case 2: {
                            m.trialId = r.string();
                            break;
                        }
                    case 3: {
                            m.params = $root.thresher.v1.TrialParams.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 4: {
                            m.attempt = r.uint32();
                            break;
                        }
                    case 5: {
                            m.expiresAtMs = r.double();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a LeasedTrial message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.LeasedTrial
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.LeasedTrial} LeasedTrial
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeasedTrial.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a LeasedTrial message.
             * @function verify
             * @memberof thresher.v1.LeasedTrial
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LeasedTrial.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId")) {
                    if (!$util.isInteger(m.attemptId))
                        return "attemptId: integer expected";
                }
                if (m.trialId != null && Object.hasOwnProperty.call(m, "trialId")) {
                    if (!$util.isString(m.trialId))
                        return "trialId: string expected";
                }
                if (m.params != null && Object.hasOwnProperty.call(m, "params")) {
                    {
                        var e = $root.thresher.v1.TrialParams.verify(m.params, n + 1);
                        if (e)
                            return "params." + e;
                    }
                }
                if (m.attempt != null && Object.hasOwnProperty.call(m, "attempt")) {
                    if (!$util.isInteger(m.attempt))
                        return "attempt: integer expected";
                }
                if (m.expiresAtMs != null && Object.hasOwnProperty.call(m, "expiresAtMs")) {
                    if (typeof m.expiresAtMs !== "number")
                        return "expiresAtMs: number expected";
                }
                return null;
            };

            /**
             * Creates a LeasedTrial message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.LeasedTrial
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.LeasedTrial} LeasedTrial
             */
            LeasedTrial.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.LeasedTrial)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.LeasedTrial: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.LeasedTrial();
                if (d.attemptId != null) {
                    m.attemptId = d.attemptId >>> 0;
                }
                if (d.trialId != null) {
                    m.trialId = String(d.trialId);
                }
                if (d.params != null) {
                    if (!$util.isObject(d.params))
                        throw TypeError(".thresher.v1.LeasedTrial.params: object expected");
                    m.params = $root.thresher.v1.TrialParams.fromObject(d.params, n + 1);
                }
                if (d.attempt != null) {
                    m.attempt = d.attempt >>> 0;
                }
                if (d.expiresAtMs != null) {
                    m.expiresAtMs = Number(d.expiresAtMs);
                }
                return m;
            };

            /**
             * Creates a plain object from a LeasedTrial message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.LeasedTrial
             * @static
             * @param {thresher.v1.LeasedTrial} m LeasedTrial
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LeasedTrial.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.attemptId = 0;
                    d.trialId = "";
                    d.params = null;
                    d.attempt = 0;
                    d.expiresAtMs = 0;
                }
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId")) {
                    d.attemptId = m.attemptId;
                }
                if (m.trialId != null && Object.hasOwnProperty.call(m, "trialId")) {
                    d.trialId = m.trialId;
                }
                if (m.params != null && Object.hasOwnProperty.call(m, "params")) {
                    d.params = $root.thresher.v1.TrialParams.toObject(m.params, o, q + 1);
                }
                if (m.attempt != null && Object.hasOwnProperty.call(m, "attempt")) {
                    d.attempt = m.attempt;
                }
                if (m.expiresAtMs != null && Object.hasOwnProperty.call(m, "expiresAtMs")) {
                    d.expiresAtMs = o.json && !isFinite(m.expiresAtMs) ? String(m.expiresAtMs) : m.expiresAtMs;
                }
                return d;
            };

            /**
             * Converts this LeasedTrial to JSON.
             * @function toJSON
             * @memberof thresher.v1.LeasedTrial
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LeasedTrial.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for LeasedTrial
             * @function getTypeUrl
             * @memberof thresher.v1.LeasedTrial
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LeasedTrial.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.LeasedTrial";
            };

            return LeasedTrial;
        })();

        v1.LeaseWorkResponse = (function() {

            /**
             * Properties of a LeaseWorkResponse.
             * @memberof thresher.v1
             * @interface ILeaseWorkResponse
             * @property {Array.<thresher.v1.ILeasedTrial>|null} [trials] LeaseWorkResponse trials
             * @property {number|null} [retryAfterMs] LeaseWorkResponse retryAfterMs
             * @property {boolean|null} [heldBack] LeaseWorkResponse heldBack
             */

            /**
             * Constructs a new LeaseWorkResponse.
             * @memberof thresher.v1
             * @classdesc Represents a LeaseWorkResponse.
             * @implements ILeaseWorkResponse
             * @constructor
             * @param {thresher.v1.ILeaseWorkResponse=} [p] Properties to set
             */
            function LeaseWorkResponse(p) {
                this.trials = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * LeaseWorkResponse trials.
             * @member {Array.<thresher.v1.ILeasedTrial>} trials
             * @memberof thresher.v1.LeaseWorkResponse
             * @instance
             */
            LeaseWorkResponse.prototype.trials = $util.emptyArray;

            /**
             * LeaseWorkResponse retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof thresher.v1.LeaseWorkResponse
             * @instance
             */
            LeaseWorkResponse.prototype.retryAfterMs = 0;

            /**
             * LeaseWorkResponse heldBack.
             * @member {boolean} heldBack
             * @memberof thresher.v1.LeaseWorkResponse
             * @instance
             */
            LeaseWorkResponse.prototype.heldBack = false;

            /**
             * Creates a new LeaseWorkResponse instance using the specified properties.
             * @function create
             * @memberof thresher.v1.LeaseWorkResponse
             * @static
             * @param {thresher.v1.ILeaseWorkResponse=} [properties] Properties to set
             * @returns {thresher.v1.LeaseWorkResponse} LeaseWorkResponse instance
             */
            LeaseWorkResponse.create = function create(properties) {
                return new LeaseWorkResponse(properties);
            };

            /**
             * Encodes the specified LeaseWorkResponse message. Does not implicitly {@link thresher.v1.LeaseWorkResponse.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.LeaseWorkResponse
             * @static
             * @param {thresher.v1.ILeaseWorkResponse} m LeaseWorkResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseWorkResponse.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.trials != null && m.trials.length) {
                    for (var i = 0; i < m.trials.length; ++i)
                        $root.thresher.v1.LeasedTrial.encode(m.trials[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.retryAfterMs != null && Object.hasOwnProperty.call(m, "retryAfterMs"))
                    w.uint32(16).uint32(m.retryAfterMs);
                if (m.heldBack != null && Object.hasOwnProperty.call(m, "heldBack"))
                    w.uint32(24).bool(m.heldBack);
                return w;
            };

            /**
             * Encodes the specified LeaseWorkResponse message, length delimited. Does not implicitly {@link thresher.v1.LeaseWorkResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.LeaseWorkResponse
             * @static
             * @param {thresher.v1.ILeaseWorkResponse} message LeaseWorkResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseWorkResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a LeaseWorkResponse message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.LeaseWorkResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.LeaseWorkResponse} LeaseWorkResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseWorkResponse.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.LeaseWorkResponse();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.trials && m.trials.length))
                                m.trials = [];
                            m.trials.push($root.thresher.v1.LeasedTrial.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 2: {
                            m.retryAfterMs = r.uint32();
                            break;
                        }
                    case 3: {
                            m.heldBack = r.bool();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a LeaseWorkResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.LeaseWorkResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.LeaseWorkResponse} LeaseWorkResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseWorkResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a LeaseWorkResponse message.
             * @function verify
             * @memberof thresher.v1.LeaseWorkResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LeaseWorkResponse.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.trials != null && Object.hasOwnProperty.call(m, "trials")) {
                    if (!Array.isArray(m.trials))
                        return "trials: array expected";
                    for (var i = 0; i < m.trials.length; ++i) {
                        {
                            var e = $root.thresher.v1.LeasedTrial.verify(m.trials[i], n + 1);
                            if (e)
                                return "trials." + e;
                        }
                    }
                }
                if (m.retryAfterMs != null && Object.hasOwnProperty.call(m, "retryAfterMs")) {
                    if (!$util.isInteger(m.retryAfterMs))
                        return "retryAfterMs: integer expected";
                }
                if (m.heldBack != null && Object.hasOwnProperty.call(m, "heldBack")) {
                    if (typeof m.heldBack !== "boolean")
                        return "heldBack: boolean expected";
                }
                return null;
            };

            /**
             * Creates a LeaseWorkResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.LeaseWorkResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.LeaseWorkResponse} LeaseWorkResponse
             */
            LeaseWorkResponse.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.LeaseWorkResponse)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.LeaseWorkResponse: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.LeaseWorkResponse();
                if (d.trials) {
                    if (!Array.isArray(d.trials))
                        throw TypeError(".thresher.v1.LeaseWorkResponse.trials: array expected");
                    m.trials = [];
                    for (var i = 0; i < d.trials.length; ++i) {
                        if (!$util.isObject(d.trials[i]))
                            throw TypeError(".thresher.v1.LeaseWorkResponse.trials: object expected");
                        m.trials[i] = $root.thresher.v1.LeasedTrial.fromObject(d.trials[i], n + 1);
                    }
                }
                if (d.retryAfterMs != null) {
                    m.retryAfterMs = d.retryAfterMs >>> 0;
                }
                if (d.heldBack != null) {
                    m.heldBack = Boolean(d.heldBack);
                }
                return m;
            };

            /**
             * Creates a plain object from a LeaseWorkResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.LeaseWorkResponse
             * @static
             * @param {thresher.v1.LeaseWorkResponse} m LeaseWorkResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LeaseWorkResponse.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.trials = [];
                }
                if (o.defaults) {
                    d.retryAfterMs = 0;
                    d.heldBack = false;
                }
                if (m.trials && m.trials.length) {
                    d.trials = [];
                    for (var j = 0; j < m.trials.length; ++j) {
                        d.trials[j] = $root.thresher.v1.LeasedTrial.toObject(m.trials[j], o, q + 1);
                    }
                }
                if (m.retryAfterMs != null && Object.hasOwnProperty.call(m, "retryAfterMs")) {
                    d.retryAfterMs = m.retryAfterMs;
                }
                if (m.heldBack != null && Object.hasOwnProperty.call(m, "heldBack")) {
                    d.heldBack = m.heldBack;
                }
                return d;
            };

            /**
             * Converts this LeaseWorkResponse to JSON.
             * @function toJSON
             * @memberof thresher.v1.LeaseWorkResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LeaseWorkResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for LeaseWorkResponse
             * @function getTypeUrl
             * @memberof thresher.v1.LeaseWorkResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LeaseWorkResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.LeaseWorkResponse";
            };

            return LeaseWorkResponse;
        })();

        v1.AttemptProgress = (function() {

            /**
             * Properties of an AttemptProgress.
             * @memberof thresher.v1
             * @interface IAttemptProgress
             * @property {number|null} [attemptId] AttemptProgress attemptId
             * @property {number|null} [step] AttemptProgress step
             * @property {number|null} [trainLoss] AttemptProgress trainLoss
             */

            /**
             * Constructs a new AttemptProgress.
             * @memberof thresher.v1
             * @classdesc Represents an AttemptProgress.
             * @implements IAttemptProgress
             * @constructor
             * @param {thresher.v1.IAttemptProgress=} [p] Properties to set
             */
            function AttemptProgress(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * AttemptProgress attemptId.
             * @member {number} attemptId
             * @memberof thresher.v1.AttemptProgress
             * @instance
             */
            AttemptProgress.prototype.attemptId = 0;

            /**
             * AttemptProgress step.
             * @member {number} step
             * @memberof thresher.v1.AttemptProgress
             * @instance
             */
            AttemptProgress.prototype.step = 0;

            /**
             * AttemptProgress trainLoss.
             * @member {number} trainLoss
             * @memberof thresher.v1.AttemptProgress
             * @instance
             */
            AttemptProgress.prototype.trainLoss = 0;

            /**
             * Creates a new AttemptProgress instance using the specified properties.
             * @function create
             * @memberof thresher.v1.AttemptProgress
             * @static
             * @param {thresher.v1.IAttemptProgress=} [properties] Properties to set
             * @returns {thresher.v1.AttemptProgress} AttemptProgress instance
             */
            AttemptProgress.create = function create(properties) {
                return new AttemptProgress(properties);
            };

            /**
             * Encodes the specified AttemptProgress message. Does not implicitly {@link thresher.v1.AttemptProgress.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.AttemptProgress
             * @static
             * @param {thresher.v1.IAttemptProgress} m AttemptProgress message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttemptProgress.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId"))
                    w.uint32(8).uint32(m.attemptId);
                if (m.step != null && Object.hasOwnProperty.call(m, "step"))
                    w.uint32(16).uint32(m.step);
                if (m.trainLoss != null && Object.hasOwnProperty.call(m, "trainLoss"))
                    w.uint32(25).double(m.trainLoss);
                return w;
            };

            /**
             * Encodes the specified AttemptProgress message, length delimited. Does not implicitly {@link thresher.v1.AttemptProgress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.AttemptProgress
             * @static
             * @param {thresher.v1.IAttemptProgress} message AttemptProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AttemptProgress.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes an AttemptProgress message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.AttemptProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.AttemptProgress} AttemptProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttemptProgress.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.AttemptProgress();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.attemptId = r.uint32();
                            break;
                        }
                    case 2: {
                            m.step = r.uint32();
                            break;
                        }
                    case 3: {
                            m.trainLoss = r.double();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes an AttemptProgress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.AttemptProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.AttemptProgress} AttemptProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AttemptProgress.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an AttemptProgress message.
             * @function verify
             * @memberof thresher.v1.AttemptProgress
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AttemptProgress.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId")) {
                    if (!$util.isInteger(m.attemptId))
                        return "attemptId: integer expected";
                }
                if (m.step != null && Object.hasOwnProperty.call(m, "step")) {
                    if (!$util.isInteger(m.step))
                        return "step: integer expected";
                }
                if (m.trainLoss != null && Object.hasOwnProperty.call(m, "trainLoss")) {
                    if (typeof m.trainLoss !== "number")
                        return "trainLoss: number expected";
                }
                return null;
            };

            /**
             * Creates an AttemptProgress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.AttemptProgress
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.AttemptProgress} AttemptProgress
             */
            AttemptProgress.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.AttemptProgress)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.AttemptProgress: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.AttemptProgress();
                if (d.attemptId != null) {
                    m.attemptId = d.attemptId >>> 0;
                }
                if (d.step != null) {
                    m.step = d.step >>> 0;
                }
                if (d.trainLoss != null) {
                    m.trainLoss = Number(d.trainLoss);
                }
                return m;
            };

            /**
             * Creates a plain object from an AttemptProgress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.AttemptProgress
             * @static
             * @param {thresher.v1.AttemptProgress} m AttemptProgress
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AttemptProgress.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.attemptId = 0;
                    d.step = 0;
                    d.trainLoss = 0;
                }
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId")) {
                    d.attemptId = m.attemptId;
                }
                if (m.step != null && Object.hasOwnProperty.call(m, "step")) {
                    d.step = m.step;
                }
                if (m.trainLoss != null && Object.hasOwnProperty.call(m, "trainLoss")) {
                    d.trainLoss = o.json && !isFinite(m.trainLoss) ? String(m.trainLoss) : m.trainLoss;
                }
                return d;
            };

            /**
             * Converts this AttemptProgress to JSON.
             * @function toJSON
             * @memberof thresher.v1.AttemptProgress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AttemptProgress.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for AttemptProgress
             * @function getTypeUrl
             * @memberof thresher.v1.AttemptProgress
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            AttemptProgress.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.AttemptProgress";
            };

            return AttemptProgress;
        })();

        v1.HeartbeatRequest = (function() {

            /**
             * Properties of a HeartbeatRequest.
             * @memberof thresher.v1
             * @interface IHeartbeatRequest
             * @property {string|null} [workerId] HeartbeatRequest workerId
             * @property {Array.<number>|null} [attemptIds] HeartbeatRequest attemptIds
             * @property {Array.<thresher.v1.IAttemptProgress>|null} [progress] HeartbeatRequest progress
             * @property {string|null} [workerSecret] HeartbeatRequest workerSecret
             */

            /**
             * Constructs a new HeartbeatRequest.
             * @memberof thresher.v1
             * @classdesc Represents a HeartbeatRequest.
             * @implements IHeartbeatRequest
             * @constructor
             * @param {thresher.v1.IHeartbeatRequest=} [p] Properties to set
             */
            function HeartbeatRequest(p) {
                this.attemptIds = [];
                this.progress = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * HeartbeatRequest workerId.
             * @member {string} workerId
             * @memberof thresher.v1.HeartbeatRequest
             * @instance
             */
            HeartbeatRequest.prototype.workerId = "";

            /**
             * HeartbeatRequest attemptIds.
             * @member {Array.<number>} attemptIds
             * @memberof thresher.v1.HeartbeatRequest
             * @instance
             */
            HeartbeatRequest.prototype.attemptIds = $util.emptyArray;

            /**
             * HeartbeatRequest progress.
             * @member {Array.<thresher.v1.IAttemptProgress>} progress
             * @memberof thresher.v1.HeartbeatRequest
             * @instance
             */
            HeartbeatRequest.prototype.progress = $util.emptyArray;

            /**
             * HeartbeatRequest workerSecret.
             * @member {string} workerSecret
             * @memberof thresher.v1.HeartbeatRequest
             * @instance
             */
            HeartbeatRequest.prototype.workerSecret = "";

            /**
             * Creates a new HeartbeatRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.HeartbeatRequest
             * @static
             * @param {thresher.v1.IHeartbeatRequest=} [properties] Properties to set
             * @returns {thresher.v1.HeartbeatRequest} HeartbeatRequest instance
             */
            HeartbeatRequest.create = function create(properties) {
                return new HeartbeatRequest(properties);
            };

            /**
             * Encodes the specified HeartbeatRequest message. Does not implicitly {@link thresher.v1.HeartbeatRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.HeartbeatRequest
             * @static
             * @param {thresher.v1.IHeartbeatRequest} m HeartbeatRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId"))
                    w.uint32(10).string(m.workerId);
                if (m.attemptIds != null && m.attemptIds.length) {
                    w.uint32(18).fork();
                    for (var i = 0; i < m.attemptIds.length; ++i)
                        w.uint32(m.attemptIds[i]);
                    w.ldelim();
                }
                if (m.progress != null && m.progress.length) {
                    for (var i = 0; i < m.progress.length; ++i)
                        $root.thresher.v1.AttemptProgress.encode(m.progress[i], w.uint32(26).fork(), q + 1).ldelim();
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret"))
                    w.uint32(34).string(m.workerSecret);
                return w;
            };

            /**
             * Encodes the specified HeartbeatRequest message, length delimited. Does not implicitly {@link thresher.v1.HeartbeatRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.HeartbeatRequest
             * @static
             * @param {thresher.v1.IHeartbeatRequest} message HeartbeatRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a HeartbeatRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.HeartbeatRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.HeartbeatRequest} HeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.HeartbeatRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.workerId = r.string();
                            break;
                        }
                    case 2: {
                            if (!(m.attemptIds && m.attemptIds.length))
                                m.attemptIds = [];
                            if ((t & 7) === 2) {
                                var c2 = r.uint32() + r.pos;
                                if (c2 > r.len)
                                    throw RangeError("index out of range");
                                r.len = c2;
                                while (r.pos < c2)
                                    m.attemptIds.push(r.uint32());
                                if (r.pos !== c2)
                                    throw RangeError("index out of range");
                                r.len = c;
                            } else
                                m.attemptIds.push(r.uint32());
                            break;
                        }
                    case 3: {
                            if (!(m.progress && m.progress.length))
                                m.progress = [];
                            m.progress.push($root.thresher.v1.AttemptProgress.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 4: {
                            m.workerSecret = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a HeartbeatRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.HeartbeatRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.HeartbeatRequest} HeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a HeartbeatRequest message.
             * @function verify
             * @memberof thresher.v1.HeartbeatRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HeartbeatRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    if (!$util.isString(m.workerId))
                        return "workerId: string expected";
                }
                if (m.attemptIds != null && Object.hasOwnProperty.call(m, "attemptIds")) {
                    if (!Array.isArray(m.attemptIds))
                        return "attemptIds: array expected";
                    for (var i = 0; i < m.attemptIds.length; ++i) {
                        if (!$util.isInteger(m.attemptIds[i]))
                            return "attemptIds: integer[] expected";
                    }
                }
                if (m.progress != null && Object.hasOwnProperty.call(m, "progress")) {
                    if (!Array.isArray(m.progress))
                        return "progress: array expected";
                    for (var i = 0; i < m.progress.length; ++i) {
                        {
                            var e = $root.thresher.v1.AttemptProgress.verify(m.progress[i], n + 1);
                            if (e)
                                return "progress." + e;
                        }
                    }
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    if (!$util.isString(m.workerSecret))
                        return "workerSecret: string expected";
                }
                return null;
            };

            /**
             * Creates a HeartbeatRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.HeartbeatRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.HeartbeatRequest} HeartbeatRequest
             */
            HeartbeatRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.HeartbeatRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.HeartbeatRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.HeartbeatRequest();
                if (d.workerId != null) {
                    m.workerId = String(d.workerId);
                }
                if (d.attemptIds) {
                    if (!Array.isArray(d.attemptIds))
                        throw TypeError(".thresher.v1.HeartbeatRequest.attemptIds: array expected");
                    m.attemptIds = [];
                    for (var i = 0; i < d.attemptIds.length; ++i) {
                        m.attemptIds[i] = d.attemptIds[i] >>> 0;
                    }
                }
                if (d.progress) {
                    if (!Array.isArray(d.progress))
                        throw TypeError(".thresher.v1.HeartbeatRequest.progress: array expected");
                    m.progress = [];
                    for (var i = 0; i < d.progress.length; ++i) {
                        if (!$util.isObject(d.progress[i]))
                            throw TypeError(".thresher.v1.HeartbeatRequest.progress: object expected");
                        m.progress[i] = $root.thresher.v1.AttemptProgress.fromObject(d.progress[i], n + 1);
                    }
                }
                if (d.workerSecret != null) {
                    m.workerSecret = String(d.workerSecret);
                }
                return m;
            };

            /**
             * Creates a plain object from a HeartbeatRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.HeartbeatRequest
             * @static
             * @param {thresher.v1.HeartbeatRequest} m HeartbeatRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HeartbeatRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.attemptIds = [];
                    d.progress = [];
                }
                if (o.defaults) {
                    d.workerId = "";
                    d.workerSecret = "";
                }
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    d.workerId = m.workerId;
                }
                if (m.attemptIds && m.attemptIds.length) {
                    d.attemptIds = [];
                    for (var j = 0; j < m.attemptIds.length; ++j) {
                        d.attemptIds[j] = m.attemptIds[j];
                    }
                }
                if (m.progress && m.progress.length) {
                    d.progress = [];
                    for (var j = 0; j < m.progress.length; ++j) {
                        d.progress[j] = $root.thresher.v1.AttemptProgress.toObject(m.progress[j], o, q + 1);
                    }
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    d.workerSecret = m.workerSecret;
                }
                return d;
            };

            /**
             * Converts this HeartbeatRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.HeartbeatRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HeartbeatRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for HeartbeatRequest
             * @function getTypeUrl
             * @memberof thresher.v1.HeartbeatRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            HeartbeatRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.HeartbeatRequest";
            };

            return HeartbeatRequest;
        })();

        v1.HeartbeatResponse = (function() {

            /**
             * Properties of a HeartbeatResponse.
             * @memberof thresher.v1
             * @interface IHeartbeatResponse
             * @property {Array.<number>|null} [extended] HeartbeatResponse extended
             * @property {Array.<number>|null} [stop] HeartbeatResponse stop
             */

            /**
             * Constructs a new HeartbeatResponse.
             * @memberof thresher.v1
             * @classdesc Represents a HeartbeatResponse.
             * @implements IHeartbeatResponse
             * @constructor
             * @param {thresher.v1.IHeartbeatResponse=} [p] Properties to set
             */
            function HeartbeatResponse(p) {
                this.extended = [];
                this.stop = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * HeartbeatResponse extended.
             * @member {Array.<number>} extended
             * @memberof thresher.v1.HeartbeatResponse
             * @instance
             */
            HeartbeatResponse.prototype.extended = $util.emptyArray;

            /**
             * HeartbeatResponse stop.
             * @member {Array.<number>} stop
             * @memberof thresher.v1.HeartbeatResponse
             * @instance
             */
            HeartbeatResponse.prototype.stop = $util.emptyArray;

            /**
             * Creates a new HeartbeatResponse instance using the specified properties.
             * @function create
             * @memberof thresher.v1.HeartbeatResponse
             * @static
             * @param {thresher.v1.IHeartbeatResponse=} [properties] Properties to set
             * @returns {thresher.v1.HeartbeatResponse} HeartbeatResponse instance
             */
            HeartbeatResponse.create = function create(properties) {
                return new HeartbeatResponse(properties);
            };

            /**
             * Encodes the specified HeartbeatResponse message. Does not implicitly {@link thresher.v1.HeartbeatResponse.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.HeartbeatResponse
             * @static
             * @param {thresher.v1.IHeartbeatResponse} m HeartbeatResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatResponse.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.extended != null && m.extended.length) {
                    w.uint32(10).fork();
                    for (var i = 0; i < m.extended.length; ++i)
                        w.uint32(m.extended[i]);
                    w.ldelim();
                }
                if (m.stop != null && m.stop.length) {
                    w.uint32(18).fork();
                    for (var i = 0; i < m.stop.length; ++i)
                        w.uint32(m.stop[i]);
                    w.ldelim();
                }
                return w;
            };

            /**
             * Encodes the specified HeartbeatResponse message, length delimited. Does not implicitly {@link thresher.v1.HeartbeatResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.HeartbeatResponse
             * @static
             * @param {thresher.v1.IHeartbeatResponse} message HeartbeatResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.HeartbeatResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.HeartbeatResponse} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatResponse.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.HeartbeatResponse();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.extended && m.extended.length))
                                m.extended = [];
                            if ((t & 7) === 2) {
                                var c2 = r.uint32() + r.pos;
                                if (c2 > r.len)
                                    throw RangeError("index out of range");
                                r.len = c2;
                                while (r.pos < c2)
                                    m.extended.push(r.uint32());
                                if (r.pos !== c2)
                                    throw RangeError("index out of range");
                                r.len = c;
                            } else
                                m.extended.push(r.uint32());
                            break;
                        }
                    case 2: {
                            if (!(m.stop && m.stop.length))
                                m.stop = [];
                            if ((t & 7) === 2) {
                                var c2 = r.uint32() + r.pos;
                                if (c2 > r.len)
                                    throw RangeError("index out of range");
                                r.len = c2;
                                while (r.pos < c2)
                                    m.stop.push(r.uint32());
                                if (r.pos !== c2)
                                    throw RangeError("index out of range");
                                r.len = c;
                            } else
                                m.stop.push(r.uint32());
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.HeartbeatResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.HeartbeatResponse} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a HeartbeatResponse message.
             * @function verify
             * @memberof thresher.v1.HeartbeatResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HeartbeatResponse.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.extended != null && Object.hasOwnProperty.call(m, "extended")) {
                    if (!Array.isArray(m.extended))
                        return "extended: array expected";
                    for (var i = 0; i < m.extended.length; ++i) {
                        if (!$util.isInteger(m.extended[i]))
                            return "extended: integer[] expected";
                    }
                }
                if (m.stop != null && Object.hasOwnProperty.call(m, "stop")) {
                    if (!Array.isArray(m.stop))
                        return "stop: array expected";
                    for (var i = 0; i < m.stop.length; ++i) {
                        if (!$util.isInteger(m.stop[i]))
                            return "stop: integer[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a HeartbeatResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.HeartbeatResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.HeartbeatResponse} HeartbeatResponse
             */
            HeartbeatResponse.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.HeartbeatResponse)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.HeartbeatResponse: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.HeartbeatResponse();
                if (d.extended) {
                    if (!Array.isArray(d.extended))
                        throw TypeError(".thresher.v1.HeartbeatResponse.extended: array expected");
                    m.extended = [];
                    for (var i = 0; i < d.extended.length; ++i) {
                        m.extended[i] = d.extended[i] >>> 0;
                    }
                }
                if (d.stop) {
                    if (!Array.isArray(d.stop))
                        throw TypeError(".thresher.v1.HeartbeatResponse.stop: array expected");
                    m.stop = [];
                    for (var i = 0; i < d.stop.length; ++i) {
                        m.stop[i] = d.stop[i] >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HeartbeatResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.HeartbeatResponse
             * @static
             * @param {thresher.v1.HeartbeatResponse} m HeartbeatResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HeartbeatResponse.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.extended = [];
                    d.stop = [];
                }
                if (m.extended && m.extended.length) {
                    d.extended = [];
                    for (var j = 0; j < m.extended.length; ++j) {
                        d.extended[j] = m.extended[j];
                    }
                }
                if (m.stop && m.stop.length) {
                    d.stop = [];
                    for (var j = 0; j < m.stop.length; ++j) {
                        d.stop[j] = m.stop[j];
                    }
                }
                return d;
            };

            /**
             * Converts this HeartbeatResponse to JSON.
             * @function toJSON
             * @memberof thresher.v1.HeartbeatResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HeartbeatResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for HeartbeatResponse
             * @function getTypeUrl
             * @memberof thresher.v1.HeartbeatResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            HeartbeatResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.HeartbeatResponse";
            };

            return HeartbeatResponse;
        })();

        v1.CompleteTrialRequest = (function() {

            /**
             * Properties of a CompleteTrialRequest.
             * @memberof thresher.v1
             * @interface ICompleteTrialRequest
             * @property {string|null} [workerId] CompleteTrialRequest workerId
             * @property {number|null} [attemptId] CompleteTrialRequest attemptId
             * @property {thresher.v1.ITrialMetrics|null} [metrics] CompleteTrialRequest metrics
             * @property {thresher.v1.ICurve|null} [curve] CompleteTrialRequest curve
             * @property {number|null} [wallMs] CompleteTrialRequest wallMs
             * @property {string|null} [backend] CompleteTrialRequest backend
             * @property {string|null} [codeVersion] CompleteTrialRequest codeVersion
             * @property {string|null} [workerSecret] CompleteTrialRequest workerSecret
             */

            /**
             * Constructs a new CompleteTrialRequest.
             * @memberof thresher.v1
             * @classdesc Represents a CompleteTrialRequest.
             * @implements ICompleteTrialRequest
             * @constructor
             * @param {thresher.v1.ICompleteTrialRequest=} [p] Properties to set
             */
            function CompleteTrialRequest(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * CompleteTrialRequest workerId.
             * @member {string} workerId
             * @memberof thresher.v1.CompleteTrialRequest
             * @instance
             */
            CompleteTrialRequest.prototype.workerId = "";

            /**
             * CompleteTrialRequest attemptId.
             * @member {number} attemptId
             * @memberof thresher.v1.CompleteTrialRequest
             * @instance
             */
            CompleteTrialRequest.prototype.attemptId = 0;

            /**
             * CompleteTrialRequest metrics.
             * @member {thresher.v1.ITrialMetrics|null|undefined} metrics
             * @memberof thresher.v1.CompleteTrialRequest
             * @instance
             */
            CompleteTrialRequest.prototype.metrics = null;

            /**
             * CompleteTrialRequest curve.
             * @member {thresher.v1.ICurve|null|undefined} curve
             * @memberof thresher.v1.CompleteTrialRequest
             * @instance
             */
            CompleteTrialRequest.prototype.curve = null;

            /**
             * CompleteTrialRequest wallMs.
             * @member {number} wallMs
             * @memberof thresher.v1.CompleteTrialRequest
             * @instance
             */
            CompleteTrialRequest.prototype.wallMs = 0;

            /**
             * CompleteTrialRequest backend.
             * @member {string} backend
             * @memberof thresher.v1.CompleteTrialRequest
             * @instance
             */
            CompleteTrialRequest.prototype.backend = "";

            /**
             * CompleteTrialRequest codeVersion.
             * @member {string} codeVersion
             * @memberof thresher.v1.CompleteTrialRequest
             * @instance
             */
            CompleteTrialRequest.prototype.codeVersion = "";

            /**
             * CompleteTrialRequest workerSecret.
             * @member {string} workerSecret
             * @memberof thresher.v1.CompleteTrialRequest
             * @instance
             */
            CompleteTrialRequest.prototype.workerSecret = "";

            /**
             * Creates a new CompleteTrialRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.CompleteTrialRequest
             * @static
             * @param {thresher.v1.ICompleteTrialRequest=} [properties] Properties to set
             * @returns {thresher.v1.CompleteTrialRequest} CompleteTrialRequest instance
             */
            CompleteTrialRequest.create = function create(properties) {
                return new CompleteTrialRequest(properties);
            };

            /**
             * Encodes the specified CompleteTrialRequest message. Does not implicitly {@link thresher.v1.CompleteTrialRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.CompleteTrialRequest
             * @static
             * @param {thresher.v1.ICompleteTrialRequest} m CompleteTrialRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompleteTrialRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId"))
                    w.uint32(10).string(m.workerId);
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId"))
                    w.uint32(16).uint32(m.attemptId);
                if (m.metrics != null && Object.hasOwnProperty.call(m, "metrics"))
                    $root.thresher.v1.TrialMetrics.encode(m.metrics, w.uint32(26).fork(), q + 1).ldelim();
                if (m.curve != null && Object.hasOwnProperty.call(m, "curve"))
                    $root.thresher.v1.Curve.encode(m.curve, w.uint32(34).fork(), q + 1).ldelim();
                if (m.wallMs != null && Object.hasOwnProperty.call(m, "wallMs"))
                    w.uint32(41).double(m.wallMs);
                if (m.backend != null && Object.hasOwnProperty.call(m, "backend"))
                    w.uint32(50).string(m.backend);
                if (m.codeVersion != null && Object.hasOwnProperty.call(m, "codeVersion"))
                    w.uint32(58).string(m.codeVersion);
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret"))
                    w.uint32(66).string(m.workerSecret);
                return w;
            };

            /**
             * Encodes the specified CompleteTrialRequest message, length delimited. Does not implicitly {@link thresher.v1.CompleteTrialRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.CompleteTrialRequest
             * @static
             * @param {thresher.v1.ICompleteTrialRequest} message CompleteTrialRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompleteTrialRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a CompleteTrialRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.CompleteTrialRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.CompleteTrialRequest} CompleteTrialRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompleteTrialRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.CompleteTrialRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.workerId = r.string();
                            break;
                        }
                    case 2: {
                            m.attemptId = r.uint32();
                            break;
                        }
                    case 3: {
                            m.metrics = $root.thresher.v1.TrialMetrics.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 4: {
                            m.curve = $root.thresher.v1.Curve.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 5: {
                            m.wallMs = r.double();
                            break;
                        }
                    case 6: {
                            m.backend = r.string();
                            break;
                        }
                    case 7: {
                            m.codeVersion = r.string();
                            break;
                        }
                    case 8: {
                            m.workerSecret = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a CompleteTrialRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.CompleteTrialRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.CompleteTrialRequest} CompleteTrialRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompleteTrialRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a CompleteTrialRequest message.
             * @function verify
             * @memberof thresher.v1.CompleteTrialRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompleteTrialRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    if (!$util.isString(m.workerId))
                        return "workerId: string expected";
                }
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId")) {
                    if (!$util.isInteger(m.attemptId))
                        return "attemptId: integer expected";
                }
                if (m.metrics != null && Object.hasOwnProperty.call(m, "metrics")) {
                    {
                        var e = $root.thresher.v1.TrialMetrics.verify(m.metrics, n + 1);
                        if (e)
                            return "metrics." + e;
                    }
                }
                if (m.curve != null && Object.hasOwnProperty.call(m, "curve")) {
                    {
                        var e = $root.thresher.v1.Curve.verify(m.curve, n + 1);
                        if (e)
                            return "curve." + e;
                    }
                }
                if (m.wallMs != null && Object.hasOwnProperty.call(m, "wallMs")) {
                    if (typeof m.wallMs !== "number")
                        return "wallMs: number expected";
                }
                if (m.backend != null && Object.hasOwnProperty.call(m, "backend")) {
                    if (!$util.isString(m.backend))
                        return "backend: string expected";
                }
                if (m.codeVersion != null && Object.hasOwnProperty.call(m, "codeVersion")) {
                    if (!$util.isString(m.codeVersion))
                        return "codeVersion: string expected";
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    if (!$util.isString(m.workerSecret))
                        return "workerSecret: string expected";
                }
                return null;
            };

            /**
             * Creates a CompleteTrialRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.CompleteTrialRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.CompleteTrialRequest} CompleteTrialRequest
             */
            CompleteTrialRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.CompleteTrialRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.CompleteTrialRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.CompleteTrialRequest();
                if (d.workerId != null) {
                    m.workerId = String(d.workerId);
                }
                if (d.attemptId != null) {
                    m.attemptId = d.attemptId >>> 0;
                }
                if (d.metrics != null) {
                    if (!$util.isObject(d.metrics))
                        throw TypeError(".thresher.v1.CompleteTrialRequest.metrics: object expected");
                    m.metrics = $root.thresher.v1.TrialMetrics.fromObject(d.metrics, n + 1);
                }
                if (d.curve != null) {
                    if (!$util.isObject(d.curve))
                        throw TypeError(".thresher.v1.CompleteTrialRequest.curve: object expected");
                    m.curve = $root.thresher.v1.Curve.fromObject(d.curve, n + 1);
                }
                if (d.wallMs != null) {
                    m.wallMs = Number(d.wallMs);
                }
                if (d.backend != null) {
                    m.backend = String(d.backend);
                }
                if (d.codeVersion != null) {
                    m.codeVersion = String(d.codeVersion);
                }
                if (d.workerSecret != null) {
                    m.workerSecret = String(d.workerSecret);
                }
                return m;
            };

            /**
             * Creates a plain object from a CompleteTrialRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.CompleteTrialRequest
             * @static
             * @param {thresher.v1.CompleteTrialRequest} m CompleteTrialRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompleteTrialRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.workerId = "";
                    d.attemptId = 0;
                    d.metrics = null;
                    d.curve = null;
                    d.wallMs = 0;
                    d.backend = "";
                    d.codeVersion = "";
                    d.workerSecret = "";
                }
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    d.workerId = m.workerId;
                }
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId")) {
                    d.attemptId = m.attemptId;
                }
                if (m.metrics != null && Object.hasOwnProperty.call(m, "metrics")) {
                    d.metrics = $root.thresher.v1.TrialMetrics.toObject(m.metrics, o, q + 1);
                }
                if (m.curve != null && Object.hasOwnProperty.call(m, "curve")) {
                    d.curve = $root.thresher.v1.Curve.toObject(m.curve, o, q + 1);
                }
                if (m.wallMs != null && Object.hasOwnProperty.call(m, "wallMs")) {
                    d.wallMs = o.json && !isFinite(m.wallMs) ? String(m.wallMs) : m.wallMs;
                }
                if (m.backend != null && Object.hasOwnProperty.call(m, "backend")) {
                    d.backend = m.backend;
                }
                if (m.codeVersion != null && Object.hasOwnProperty.call(m, "codeVersion")) {
                    d.codeVersion = m.codeVersion;
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    d.workerSecret = m.workerSecret;
                }
                return d;
            };

            /**
             * Converts this CompleteTrialRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.CompleteTrialRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompleteTrialRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for CompleteTrialRequest
             * @function getTypeUrl
             * @memberof thresher.v1.CompleteTrialRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CompleteTrialRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.CompleteTrialRequest";
            };

            return CompleteTrialRequest;
        })();

        /**
         * CompletionStatus enum.
         * @name thresher.v1.CompletionStatus
         * @enum {number}
         * @property {number} COMPLETION_STATUS_UNSPECIFIED=0 COMPLETION_STATUS_UNSPECIFIED value
         * @property {number} COMPLETION_STATUS_RECORDED=1 COMPLETION_STATUS_RECORDED value
         * @property {number} COMPLETION_STATUS_DUPLICATE=2 COMPLETION_STATUS_DUPLICATE value
         * @property {number} COMPLETION_STATUS_LATE=3 COMPLETION_STATUS_LATE value
         */
        v1.CompletionStatus = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "COMPLETION_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COMPLETION_STATUS_RECORDED"] = 1;
            values[valuesById[2] = "COMPLETION_STATUS_DUPLICATE"] = 2;
            values[valuesById[3] = "COMPLETION_STATUS_LATE"] = 3;
            return values;
        })();

        v1.CompleteTrialResponse = (function() {

            /**
             * Properties of a CompleteTrialResponse.
             * @memberof thresher.v1
             * @interface ICompleteTrialResponse
             * @property {thresher.v1.CompletionStatus|null} [status] CompleteTrialResponse status
             */

            /**
             * Constructs a new CompleteTrialResponse.
             * @memberof thresher.v1
             * @classdesc Represents a CompleteTrialResponse.
             * @implements ICompleteTrialResponse
             * @constructor
             * @param {thresher.v1.ICompleteTrialResponse=} [p] Properties to set
             */
            function CompleteTrialResponse(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * CompleteTrialResponse status.
             * @member {thresher.v1.CompletionStatus} status
             * @memberof thresher.v1.CompleteTrialResponse
             * @instance
             */
            CompleteTrialResponse.prototype.status = 0;

            /**
             * Creates a new CompleteTrialResponse instance using the specified properties.
             * @function create
             * @memberof thresher.v1.CompleteTrialResponse
             * @static
             * @param {thresher.v1.ICompleteTrialResponse=} [properties] Properties to set
             * @returns {thresher.v1.CompleteTrialResponse} CompleteTrialResponse instance
             */
            CompleteTrialResponse.create = function create(properties) {
                return new CompleteTrialResponse(properties);
            };

            /**
             * Encodes the specified CompleteTrialResponse message. Does not implicitly {@link thresher.v1.CompleteTrialResponse.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.CompleteTrialResponse
             * @static
             * @param {thresher.v1.ICompleteTrialResponse} m CompleteTrialResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompleteTrialResponse.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.status != null && Object.hasOwnProperty.call(m, "status"))
                    w.uint32(8).int32(m.status);
                return w;
            };

            /**
             * Encodes the specified CompleteTrialResponse message, length delimited. Does not implicitly {@link thresher.v1.CompleteTrialResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.CompleteTrialResponse
             * @static
             * @param {thresher.v1.ICompleteTrialResponse} message CompleteTrialResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompleteTrialResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a CompleteTrialResponse message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.CompleteTrialResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.CompleteTrialResponse} CompleteTrialResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompleteTrialResponse.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.CompleteTrialResponse();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.status = r.int32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a CompleteTrialResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.CompleteTrialResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.CompleteTrialResponse} CompleteTrialResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompleteTrialResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a CompleteTrialResponse message.
             * @function verify
             * @memberof thresher.v1.CompleteTrialResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompleteTrialResponse.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.status != null && Object.hasOwnProperty.call(m, "status")) {
                    switch (m.status) {
                    default:
                        return "status: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                }
                return null;
            };

            /**
             * Creates a CompleteTrialResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.CompleteTrialResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.CompleteTrialResponse} CompleteTrialResponse
             */
            CompleteTrialResponse.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.CompleteTrialResponse)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.CompleteTrialResponse: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.CompleteTrialResponse();
                switch (d.status) {
                default:
                    if (typeof d.status === "number") {
                        m.status = d.status;
                        break;
                    }
                    break;
                case "COMPLETION_STATUS_UNSPECIFIED":
                case 0:
                    m.status = 0;
                    break;
                case "COMPLETION_STATUS_RECORDED":
                case 1:
                    m.status = 1;
                    break;
                case "COMPLETION_STATUS_DUPLICATE":
                case 2:
                    m.status = 2;
                    break;
                case "COMPLETION_STATUS_LATE":
                case 3:
                    m.status = 3;
                    break;
                }
                return m;
            };

            /**
             * Creates a plain object from a CompleteTrialResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.CompleteTrialResponse
             * @static
             * @param {thresher.v1.CompleteTrialResponse} m CompleteTrialResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompleteTrialResponse.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.status = o.enums === String ? "COMPLETION_STATUS_UNSPECIFIED" : 0;
                }
                if (m.status != null && Object.hasOwnProperty.call(m, "status")) {
                    d.status = o.enums === String ? $root.thresher.v1.CompletionStatus[m.status] === undefined ? m.status : $root.thresher.v1.CompletionStatus[m.status] : m.status;
                }
                return d;
            };

            /**
             * Converts this CompleteTrialResponse to JSON.
             * @function toJSON
             * @memberof thresher.v1.CompleteTrialResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompleteTrialResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for CompleteTrialResponse
             * @function getTypeUrl
             * @memberof thresher.v1.CompleteTrialResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CompleteTrialResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.CompleteTrialResponse";
            };

            return CompleteTrialResponse;
        })();

        v1.CompleteTrialsRequest = (function() {

            /**
             * Properties of a CompleteTrialsRequest.
             * @memberof thresher.v1
             * @interface ICompleteTrialsRequest
             * @property {string|null} [workerId] CompleteTrialsRequest workerId
             * @property {Array.<thresher.v1.ICompleteTrialRequest>|null} [results] CompleteTrialsRequest results
             * @property {string|null} [workerSecret] CompleteTrialsRequest workerSecret
             */

            /**
             * Constructs a new CompleteTrialsRequest.
             * @memberof thresher.v1
             * @classdesc Represents a CompleteTrialsRequest.
             * @implements ICompleteTrialsRequest
             * @constructor
             * @param {thresher.v1.ICompleteTrialsRequest=} [p] Properties to set
             */
            function CompleteTrialsRequest(p) {
                this.results = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * CompleteTrialsRequest workerId.
             * @member {string} workerId
             * @memberof thresher.v1.CompleteTrialsRequest
             * @instance
             */
            CompleteTrialsRequest.prototype.workerId = "";

            /**
             * CompleteTrialsRequest results.
             * @member {Array.<thresher.v1.ICompleteTrialRequest>} results
             * @memberof thresher.v1.CompleteTrialsRequest
             * @instance
             */
            CompleteTrialsRequest.prototype.results = $util.emptyArray;

            /**
             * CompleteTrialsRequest workerSecret.
             * @member {string} workerSecret
             * @memberof thresher.v1.CompleteTrialsRequest
             * @instance
             */
            CompleteTrialsRequest.prototype.workerSecret = "";

            /**
             * Creates a new CompleteTrialsRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.CompleteTrialsRequest
             * @static
             * @param {thresher.v1.ICompleteTrialsRequest=} [properties] Properties to set
             * @returns {thresher.v1.CompleteTrialsRequest} CompleteTrialsRequest instance
             */
            CompleteTrialsRequest.create = function create(properties) {
                return new CompleteTrialsRequest(properties);
            };

            /**
             * Encodes the specified CompleteTrialsRequest message. Does not implicitly {@link thresher.v1.CompleteTrialsRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.CompleteTrialsRequest
             * @static
             * @param {thresher.v1.ICompleteTrialsRequest} m CompleteTrialsRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompleteTrialsRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId"))
                    w.uint32(10).string(m.workerId);
                if (m.results != null && m.results.length) {
                    for (var i = 0; i < m.results.length; ++i)
                        $root.thresher.v1.CompleteTrialRequest.encode(m.results[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret"))
                    w.uint32(26).string(m.workerSecret);
                return w;
            };

            /**
             * Encodes the specified CompleteTrialsRequest message, length delimited. Does not implicitly {@link thresher.v1.CompleteTrialsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.CompleteTrialsRequest
             * @static
             * @param {thresher.v1.ICompleteTrialsRequest} message CompleteTrialsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompleteTrialsRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a CompleteTrialsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.CompleteTrialsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.CompleteTrialsRequest} CompleteTrialsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompleteTrialsRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.CompleteTrialsRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.workerId = r.string();
                            break;
                        }
                    case 2: {
                            if (!(m.results && m.results.length))
                                m.results = [];
                            m.results.push($root.thresher.v1.CompleteTrialRequest.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 3: {
                            m.workerSecret = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a CompleteTrialsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.CompleteTrialsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.CompleteTrialsRequest} CompleteTrialsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompleteTrialsRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a CompleteTrialsRequest message.
             * @function verify
             * @memberof thresher.v1.CompleteTrialsRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompleteTrialsRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    if (!$util.isString(m.workerId))
                        return "workerId: string expected";
                }
                if (m.results != null && Object.hasOwnProperty.call(m, "results")) {
                    if (!Array.isArray(m.results))
                        return "results: array expected";
                    for (var i = 0; i < m.results.length; ++i) {
                        {
                            var e = $root.thresher.v1.CompleteTrialRequest.verify(m.results[i], n + 1);
                            if (e)
                                return "results." + e;
                        }
                    }
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    if (!$util.isString(m.workerSecret))
                        return "workerSecret: string expected";
                }
                return null;
            };

            /**
             * Creates a CompleteTrialsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.CompleteTrialsRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.CompleteTrialsRequest} CompleteTrialsRequest
             */
            CompleteTrialsRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.CompleteTrialsRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.CompleteTrialsRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.CompleteTrialsRequest();
                if (d.workerId != null) {
                    m.workerId = String(d.workerId);
                }
                if (d.results) {
                    if (!Array.isArray(d.results))
                        throw TypeError(".thresher.v1.CompleteTrialsRequest.results: array expected");
                    m.results = [];
                    for (var i = 0; i < d.results.length; ++i) {
                        if (!$util.isObject(d.results[i]))
                            throw TypeError(".thresher.v1.CompleteTrialsRequest.results: object expected");
                        m.results[i] = $root.thresher.v1.CompleteTrialRequest.fromObject(d.results[i], n + 1);
                    }
                }
                if (d.workerSecret != null) {
                    m.workerSecret = String(d.workerSecret);
                }
                return m;
            };

            /**
             * Creates a plain object from a CompleteTrialsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.CompleteTrialsRequest
             * @static
             * @param {thresher.v1.CompleteTrialsRequest} m CompleteTrialsRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompleteTrialsRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.results = [];
                }
                if (o.defaults) {
                    d.workerId = "";
                    d.workerSecret = "";
                }
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    d.workerId = m.workerId;
                }
                if (m.results && m.results.length) {
                    d.results = [];
                    for (var j = 0; j < m.results.length; ++j) {
                        d.results[j] = $root.thresher.v1.CompleteTrialRequest.toObject(m.results[j], o, q + 1);
                    }
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    d.workerSecret = m.workerSecret;
                }
                return d;
            };

            /**
             * Converts this CompleteTrialsRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.CompleteTrialsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompleteTrialsRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for CompleteTrialsRequest
             * @function getTypeUrl
             * @memberof thresher.v1.CompleteTrialsRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CompleteTrialsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.CompleteTrialsRequest";
            };

            return CompleteTrialsRequest;
        })();

        v1.CompleteTrialOutcome = (function() {

            /**
             * Properties of a CompleteTrialOutcome.
             * @memberof thresher.v1
             * @interface ICompleteTrialOutcome
             * @property {number|null} [attemptId] CompleteTrialOutcome attemptId
             * @property {thresher.v1.CompletionStatus|null} [status] CompleteTrialOutcome status
             * @property {number|null} [errorCode] CompleteTrialOutcome errorCode
             * @property {string|null} [error] CompleteTrialOutcome error
             */

            /**
             * Constructs a new CompleteTrialOutcome.
             * @memberof thresher.v1
             * @classdesc Represents a CompleteTrialOutcome.
             * @implements ICompleteTrialOutcome
             * @constructor
             * @param {thresher.v1.ICompleteTrialOutcome=} [p] Properties to set
             */
            function CompleteTrialOutcome(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * CompleteTrialOutcome attemptId.
             * @member {number} attemptId
             * @memberof thresher.v1.CompleteTrialOutcome
             * @instance
             */
            CompleteTrialOutcome.prototype.attemptId = 0;

            /**
             * CompleteTrialOutcome status.
             * @member {thresher.v1.CompletionStatus} status
             * @memberof thresher.v1.CompleteTrialOutcome
             * @instance
             */
            CompleteTrialOutcome.prototype.status = 0;

            /**
             * CompleteTrialOutcome errorCode.
             * @member {number} errorCode
             * @memberof thresher.v1.CompleteTrialOutcome
             * @instance
             */
            CompleteTrialOutcome.prototype.errorCode = 0;

            /**
             * CompleteTrialOutcome error.
             * @member {string} error
             * @memberof thresher.v1.CompleteTrialOutcome
             * @instance
             */
            CompleteTrialOutcome.prototype.error = "";

            /**
             * Creates a new CompleteTrialOutcome instance using the specified properties.
             * @function create
             * @memberof thresher.v1.CompleteTrialOutcome
             * @static
             * @param {thresher.v1.ICompleteTrialOutcome=} [properties] Properties to set
             * @returns {thresher.v1.CompleteTrialOutcome} CompleteTrialOutcome instance
             */
            CompleteTrialOutcome.create = function create(properties) {
                return new CompleteTrialOutcome(properties);
            };

            /**
             * Encodes the specified CompleteTrialOutcome message. Does not implicitly {@link thresher.v1.CompleteTrialOutcome.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.CompleteTrialOutcome
             * @static
             * @param {thresher.v1.ICompleteTrialOutcome} m CompleteTrialOutcome message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompleteTrialOutcome.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId"))
                    w.uint32(8).uint32(m.attemptId);
                if (m.status != null && Object.hasOwnProperty.call(m, "status"))
                    w.uint32(16).int32(m.status);
                if (m.errorCode != null && Object.hasOwnProperty.call(m, "errorCode"))
                    w.uint32(24).uint32(m.errorCode);
                if (m.error != null && Object.hasOwnProperty.call(m, "error"))
                    w.uint32(34).string(m.error);
                return w;
            };

            /**
             * Encodes the specified CompleteTrialOutcome message, length delimited. Does not implicitly {@link thresher.v1.CompleteTrialOutcome.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.CompleteTrialOutcome
             * @static
             * @param {thresher.v1.ICompleteTrialOutcome} message CompleteTrialOutcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompleteTrialOutcome.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a CompleteTrialOutcome message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.CompleteTrialOutcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.CompleteTrialOutcome} CompleteTrialOutcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompleteTrialOutcome.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.CompleteTrialOutcome();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.attemptId = r.uint32();
                            break;
                        }
                    case 2: {
                            m.status = r.int32();
                            break;
                        }
                    case 3: {
                            m.errorCode = r.uint32();
                            break;
                        }
                    case 4: {
                            m.error = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a CompleteTrialOutcome message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.CompleteTrialOutcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.CompleteTrialOutcome} CompleteTrialOutcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompleteTrialOutcome.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a CompleteTrialOutcome message.
             * @function verify
             * @memberof thresher.v1.CompleteTrialOutcome
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompleteTrialOutcome.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId")) {
                    if (!$util.isInteger(m.attemptId))
                        return "attemptId: integer expected";
                }
                if (m.status != null && Object.hasOwnProperty.call(m, "status")) {
                    switch (m.status) {
                    default:
                        return "status: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                }
                if (m.errorCode != null && Object.hasOwnProperty.call(m, "errorCode")) {
                    if (!$util.isInteger(m.errorCode))
                        return "errorCode: integer expected";
                }
                if (m.error != null && Object.hasOwnProperty.call(m, "error")) {
                    if (!$util.isString(m.error))
                        return "error: string expected";
                }
                return null;
            };

            /**
             * Creates a CompleteTrialOutcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.CompleteTrialOutcome
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.CompleteTrialOutcome} CompleteTrialOutcome
             */
            CompleteTrialOutcome.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.CompleteTrialOutcome)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.CompleteTrialOutcome: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.CompleteTrialOutcome();
                if (d.attemptId != null) {
                    m.attemptId = d.attemptId >>> 0;
                }
                switch (d.status) {
                default:
                    if (typeof d.status === "number") {
                        m.status = d.status;
                        break;
                    }
                    break;
                case "COMPLETION_STATUS_UNSPECIFIED":
                case 0:
                    m.status = 0;
                    break;
                case "COMPLETION_STATUS_RECORDED":
                case 1:
                    m.status = 1;
                    break;
                case "COMPLETION_STATUS_DUPLICATE":
                case 2:
                    m.status = 2;
                    break;
                case "COMPLETION_STATUS_LATE":
                case 3:
                    m.status = 3;
                    break;
                }
                if (d.errorCode != null) {
                    m.errorCode = d.errorCode >>> 0;
                }
                if (d.error != null) {
                    m.error = String(d.error);
                }
                return m;
            };

            /**
             * Creates a plain object from a CompleteTrialOutcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.CompleteTrialOutcome
             * @static
             * @param {thresher.v1.CompleteTrialOutcome} m CompleteTrialOutcome
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompleteTrialOutcome.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.attemptId = 0;
                    d.status = o.enums === String ? "COMPLETION_STATUS_UNSPECIFIED" : 0;
                    d.errorCode = 0;
                    d.error = "";
                }
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId")) {
                    d.attemptId = m.attemptId;
                }
                if (m.status != null && Object.hasOwnProperty.call(m, "status")) {
                    d.status = o.enums === String ? $root.thresher.v1.CompletionStatus[m.status] === undefined ? m.status : $root.thresher.v1.CompletionStatus[m.status] : m.status;
                }
                if (m.errorCode != null && Object.hasOwnProperty.call(m, "errorCode")) {
                    d.errorCode = m.errorCode;
                }
                if (m.error != null && Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                return d;
            };

            /**
             * Converts this CompleteTrialOutcome to JSON.
             * @function toJSON
             * @memberof thresher.v1.CompleteTrialOutcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompleteTrialOutcome.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for CompleteTrialOutcome
             * @function getTypeUrl
             * @memberof thresher.v1.CompleteTrialOutcome
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CompleteTrialOutcome.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.CompleteTrialOutcome";
            };

            return CompleteTrialOutcome;
        })();

        v1.CompleteTrialsResponse = (function() {

            /**
             * Properties of a CompleteTrialsResponse.
             * @memberof thresher.v1
             * @interface ICompleteTrialsResponse
             * @property {Array.<thresher.v1.ICompleteTrialOutcome>|null} [outcomes] CompleteTrialsResponse outcomes
             */

            /**
             * Constructs a new CompleteTrialsResponse.
             * @memberof thresher.v1
             * @classdesc Represents a CompleteTrialsResponse.
             * @implements ICompleteTrialsResponse
             * @constructor
             * @param {thresher.v1.ICompleteTrialsResponse=} [p] Properties to set
             */
            function CompleteTrialsResponse(p) {
                this.outcomes = [];
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * CompleteTrialsResponse outcomes.
             * @member {Array.<thresher.v1.ICompleteTrialOutcome>} outcomes
             * @memberof thresher.v1.CompleteTrialsResponse
             * @instance
             */
            CompleteTrialsResponse.prototype.outcomes = $util.emptyArray;

            /**
             * Creates a new CompleteTrialsResponse instance using the specified properties.
             * @function create
             * @memberof thresher.v1.CompleteTrialsResponse
             * @static
             * @param {thresher.v1.ICompleteTrialsResponse=} [properties] Properties to set
             * @returns {thresher.v1.CompleteTrialsResponse} CompleteTrialsResponse instance
             */
            CompleteTrialsResponse.create = function create(properties) {
                return new CompleteTrialsResponse(properties);
            };

            /**
             * Encodes the specified CompleteTrialsResponse message. Does not implicitly {@link thresher.v1.CompleteTrialsResponse.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.CompleteTrialsResponse
             * @static
             * @param {thresher.v1.ICompleteTrialsResponse} m CompleteTrialsResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompleteTrialsResponse.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.outcomes != null && m.outcomes.length) {
                    for (var i = 0; i < m.outcomes.length; ++i)
                        $root.thresher.v1.CompleteTrialOutcome.encode(m.outcomes[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                return w;
            };

            /**
             * Encodes the specified CompleteTrialsResponse message, length delimited. Does not implicitly {@link thresher.v1.CompleteTrialsResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.CompleteTrialsResponse
             * @static
             * @param {thresher.v1.ICompleteTrialsResponse} message CompleteTrialsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CompleteTrialsResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a CompleteTrialsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.CompleteTrialsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.CompleteTrialsResponse} CompleteTrialsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompleteTrialsResponse.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.CompleteTrialsResponse();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.outcomes && m.outcomes.length))
                                m.outcomes = [];
                            m.outcomes.push($root.thresher.v1.CompleteTrialOutcome.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a CompleteTrialsResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.CompleteTrialsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.CompleteTrialsResponse} CompleteTrialsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CompleteTrialsResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a CompleteTrialsResponse message.
             * @function verify
             * @memberof thresher.v1.CompleteTrialsResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CompleteTrialsResponse.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.outcomes != null && Object.hasOwnProperty.call(m, "outcomes")) {
                    if (!Array.isArray(m.outcomes))
                        return "outcomes: array expected";
                    for (var i = 0; i < m.outcomes.length; ++i) {
                        {
                            var e = $root.thresher.v1.CompleteTrialOutcome.verify(m.outcomes[i], n + 1);
                            if (e)
                                return "outcomes." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a CompleteTrialsResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.CompleteTrialsResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.CompleteTrialsResponse} CompleteTrialsResponse
             */
            CompleteTrialsResponse.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.CompleteTrialsResponse)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.CompleteTrialsResponse: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.CompleteTrialsResponse();
                if (d.outcomes) {
                    if (!Array.isArray(d.outcomes))
                        throw TypeError(".thresher.v1.CompleteTrialsResponse.outcomes: array expected");
                    m.outcomes = [];
                    for (var i = 0; i < d.outcomes.length; ++i) {
                        if (!$util.isObject(d.outcomes[i]))
                            throw TypeError(".thresher.v1.CompleteTrialsResponse.outcomes: object expected");
                        m.outcomes[i] = $root.thresher.v1.CompleteTrialOutcome.fromObject(d.outcomes[i], n + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CompleteTrialsResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.CompleteTrialsResponse
             * @static
             * @param {thresher.v1.CompleteTrialsResponse} m CompleteTrialsResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CompleteTrialsResponse.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.outcomes = [];
                }
                if (m.outcomes && m.outcomes.length) {
                    d.outcomes = [];
                    for (var j = 0; j < m.outcomes.length; ++j) {
                        d.outcomes[j] = $root.thresher.v1.CompleteTrialOutcome.toObject(m.outcomes[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this CompleteTrialsResponse to JSON.
             * @function toJSON
             * @memberof thresher.v1.CompleteTrialsResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CompleteTrialsResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for CompleteTrialsResponse
             * @function getTypeUrl
             * @memberof thresher.v1.CompleteTrialsResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            CompleteTrialsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.CompleteTrialsResponse";
            };

            return CompleteTrialsResponse;
        })();

        v1.FailTrialRequest = (function() {

            /**
             * Properties of a FailTrialRequest.
             * @memberof thresher.v1
             * @interface IFailTrialRequest
             * @property {string|null} [workerId] FailTrialRequest workerId
             * @property {number|null} [attemptId] FailTrialRequest attemptId
             * @property {string|null} [error] FailTrialRequest error
             * @property {boolean|null} [retryable] FailTrialRequest retryable
             * @property {string|null} [workerSecret] FailTrialRequest workerSecret
             */

            /**
             * Constructs a new FailTrialRequest.
             * @memberof thresher.v1
             * @classdesc Represents a FailTrialRequest.
             * @implements IFailTrialRequest
             * @constructor
             * @param {thresher.v1.IFailTrialRequest=} [p] Properties to set
             */
            function FailTrialRequest(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * FailTrialRequest workerId.
             * @member {string} workerId
             * @memberof thresher.v1.FailTrialRequest
             * @instance
             */
            FailTrialRequest.prototype.workerId = "";

            /**
             * FailTrialRequest attemptId.
             * @member {number} attemptId
             * @memberof thresher.v1.FailTrialRequest
             * @instance
             */
            FailTrialRequest.prototype.attemptId = 0;

            /**
             * FailTrialRequest error.
             * @member {string} error
             * @memberof thresher.v1.FailTrialRequest
             * @instance
             */
            FailTrialRequest.prototype.error = "";

            /**
             * FailTrialRequest retryable.
             * @member {boolean} retryable
             * @memberof thresher.v1.FailTrialRequest
             * @instance
             */
            FailTrialRequest.prototype.retryable = false;

            /**
             * FailTrialRequest workerSecret.
             * @member {string} workerSecret
             * @memberof thresher.v1.FailTrialRequest
             * @instance
             */
            FailTrialRequest.prototype.workerSecret = "";

            /**
             * Creates a new FailTrialRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.FailTrialRequest
             * @static
             * @param {thresher.v1.IFailTrialRequest=} [properties] Properties to set
             * @returns {thresher.v1.FailTrialRequest} FailTrialRequest instance
             */
            FailTrialRequest.create = function create(properties) {
                return new FailTrialRequest(properties);
            };

            /**
             * Encodes the specified FailTrialRequest message. Does not implicitly {@link thresher.v1.FailTrialRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.FailTrialRequest
             * @static
             * @param {thresher.v1.IFailTrialRequest} m FailTrialRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FailTrialRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId"))
                    w.uint32(10).string(m.workerId);
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId"))
                    w.uint32(16).uint32(m.attemptId);
                if (m.error != null && Object.hasOwnProperty.call(m, "error"))
                    w.uint32(26).string(m.error);
                if (m.retryable != null && Object.hasOwnProperty.call(m, "retryable"))
                    w.uint32(32).bool(m.retryable);
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret"))
                    w.uint32(42).string(m.workerSecret);
                return w;
            };

            /**
             * Encodes the specified FailTrialRequest message, length delimited. Does not implicitly {@link thresher.v1.FailTrialRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.FailTrialRequest
             * @static
             * @param {thresher.v1.IFailTrialRequest} message FailTrialRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FailTrialRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FailTrialRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.FailTrialRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.FailTrialRequest} FailTrialRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FailTrialRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.FailTrialRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.workerId = r.string();
                            break;
                        }
                    case 2: {
                            m.attemptId = r.uint32();
                            break;
                        }
                    case 3: {
                            m.error = r.string();
                            break;
                        }
                    case 4: {
                            m.retryable = r.bool();
                            break;
                        }
                    case 5: {
                            m.workerSecret = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a FailTrialRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.FailTrialRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.FailTrialRequest} FailTrialRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FailTrialRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FailTrialRequest message.
             * @function verify
             * @memberof thresher.v1.FailTrialRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FailTrialRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    if (!$util.isString(m.workerId))
                        return "workerId: string expected";
                }
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId")) {
                    if (!$util.isInteger(m.attemptId))
                        return "attemptId: integer expected";
                }
                if (m.error != null && Object.hasOwnProperty.call(m, "error")) {
                    if (!$util.isString(m.error))
                        return "error: string expected";
                }
                if (m.retryable != null && Object.hasOwnProperty.call(m, "retryable")) {
                    if (typeof m.retryable !== "boolean")
                        return "retryable: boolean expected";
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    if (!$util.isString(m.workerSecret))
                        return "workerSecret: string expected";
                }
                return null;
            };

            /**
             * Creates a FailTrialRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.FailTrialRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.FailTrialRequest} FailTrialRequest
             */
            FailTrialRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.FailTrialRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.FailTrialRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.FailTrialRequest();
                if (d.workerId != null) {
                    m.workerId = String(d.workerId);
                }
                if (d.attemptId != null) {
                    m.attemptId = d.attemptId >>> 0;
                }
                if (d.error != null) {
                    m.error = String(d.error);
                }
                if (d.retryable != null) {
                    m.retryable = Boolean(d.retryable);
                }
                if (d.workerSecret != null) {
                    m.workerSecret = String(d.workerSecret);
                }
                return m;
            };

            /**
             * Creates a plain object from a FailTrialRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.FailTrialRequest
             * @static
             * @param {thresher.v1.FailTrialRequest} m FailTrialRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FailTrialRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.workerId = "";
                    d.attemptId = 0;
                    d.error = "";
                    d.retryable = false;
                    d.workerSecret = "";
                }
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    d.workerId = m.workerId;
                }
                if (m.attemptId != null && Object.hasOwnProperty.call(m, "attemptId")) {
                    d.attemptId = m.attemptId;
                }
                if (m.error != null && Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                if (m.retryable != null && Object.hasOwnProperty.call(m, "retryable")) {
                    d.retryable = m.retryable;
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    d.workerSecret = m.workerSecret;
                }
                return d;
            };

            /**
             * Converts this FailTrialRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.FailTrialRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FailTrialRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FailTrialRequest
             * @function getTypeUrl
             * @memberof thresher.v1.FailTrialRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FailTrialRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.FailTrialRequest";
            };

            return FailTrialRequest;
        })();

        /**
         * FailureOutcome enum.
         * @name thresher.v1.FailureOutcome
         * @enum {number}
         * @property {number} FAILURE_OUTCOME_UNSPECIFIED=0 FAILURE_OUTCOME_UNSPECIFIED value
         * @property {number} FAILURE_OUTCOME_REQUEUED=1 FAILURE_OUTCOME_REQUEUED value
         * @property {number} FAILURE_OUTCOME_FAILED=2 FAILURE_OUTCOME_FAILED value
         * @property {number} FAILURE_OUTCOME_IGNORED=3 FAILURE_OUTCOME_IGNORED value
         */
        v1.FailureOutcome = (function() {
            var valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "FAILURE_OUTCOME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "FAILURE_OUTCOME_REQUEUED"] = 1;
            values[valuesById[2] = "FAILURE_OUTCOME_FAILED"] = 2;
            values[valuesById[3] = "FAILURE_OUTCOME_IGNORED"] = 3;
            return values;
        })();

        v1.FailTrialResponse = (function() {

            /**
             * Properties of a FailTrialResponse.
             * @memberof thresher.v1
             * @interface IFailTrialResponse
             * @property {thresher.v1.FailureOutcome|null} [outcome] FailTrialResponse outcome
             */

            /**
             * Constructs a new FailTrialResponse.
             * @memberof thresher.v1
             * @classdesc Represents a FailTrialResponse.
             * @implements IFailTrialResponse
             * @constructor
             * @param {thresher.v1.IFailTrialResponse=} [p] Properties to set
             */
            function FailTrialResponse(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * FailTrialResponse outcome.
             * @member {thresher.v1.FailureOutcome} outcome
             * @memberof thresher.v1.FailTrialResponse
             * @instance
             */
            FailTrialResponse.prototype.outcome = 0;

            /**
             * Creates a new FailTrialResponse instance using the specified properties.
             * @function create
             * @memberof thresher.v1.FailTrialResponse
             * @static
             * @param {thresher.v1.IFailTrialResponse=} [properties] Properties to set
             * @returns {thresher.v1.FailTrialResponse} FailTrialResponse instance
             */
            FailTrialResponse.create = function create(properties) {
                return new FailTrialResponse(properties);
            };

            /**
             * Encodes the specified FailTrialResponse message. Does not implicitly {@link thresher.v1.FailTrialResponse.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.FailTrialResponse
             * @static
             * @param {thresher.v1.IFailTrialResponse} m FailTrialResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FailTrialResponse.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.outcome != null && Object.hasOwnProperty.call(m, "outcome"))
                    w.uint32(8).int32(m.outcome);
                return w;
            };

            /**
             * Encodes the specified FailTrialResponse message, length delimited. Does not implicitly {@link thresher.v1.FailTrialResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.FailTrialResponse
             * @static
             * @param {thresher.v1.IFailTrialResponse} message FailTrialResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FailTrialResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a FailTrialResponse message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.FailTrialResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.FailTrialResponse} FailTrialResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FailTrialResponse.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.FailTrialResponse();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.outcome = r.int32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a FailTrialResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.FailTrialResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.FailTrialResponse} FailTrialResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FailTrialResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a FailTrialResponse message.
             * @function verify
             * @memberof thresher.v1.FailTrialResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FailTrialResponse.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.outcome != null && Object.hasOwnProperty.call(m, "outcome")) {
                    switch (m.outcome) {
                    default:
                        return "outcome: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                }
                return null;
            };

            /**
             * Creates a FailTrialResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.FailTrialResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.FailTrialResponse} FailTrialResponse
             */
            FailTrialResponse.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.FailTrialResponse)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.FailTrialResponse: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.FailTrialResponse();
                switch (d.outcome) {
                default:
                    if (typeof d.outcome === "number") {
                        m.outcome = d.outcome;
                        break;
                    }
                    break;
                case "FAILURE_OUTCOME_UNSPECIFIED":
                case 0:
                    m.outcome = 0;
                    break;
                case "FAILURE_OUTCOME_REQUEUED":
                case 1:
                    m.outcome = 1;
                    break;
                case "FAILURE_OUTCOME_FAILED":
                case 2:
                    m.outcome = 2;
                    break;
                case "FAILURE_OUTCOME_IGNORED":
                case 3:
                    m.outcome = 3;
                    break;
                }
                return m;
            };

            /**
             * Creates a plain object from a FailTrialResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.FailTrialResponse
             * @static
             * @param {thresher.v1.FailTrialResponse} m FailTrialResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FailTrialResponse.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.outcome = o.enums === String ? "FAILURE_OUTCOME_UNSPECIFIED" : 0;
                }
                if (m.outcome != null && Object.hasOwnProperty.call(m, "outcome")) {
                    d.outcome = o.enums === String ? $root.thresher.v1.FailureOutcome[m.outcome] === undefined ? m.outcome : $root.thresher.v1.FailureOutcome[m.outcome] : m.outcome;
                }
                return d;
            };

            /**
             * Converts this FailTrialResponse to JSON.
             * @function toJSON
             * @memberof thresher.v1.FailTrialResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FailTrialResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FailTrialResponse
             * @function getTypeUrl
             * @memberof thresher.v1.FailTrialResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FailTrialResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.FailTrialResponse";
            };

            return FailTrialResponse;
        })();

        v1.DrainRequest = (function() {

            /**
             * Properties of a DrainRequest.
             * @memberof thresher.v1
             * @interface IDrainRequest
             * @property {string|null} [workerId] DrainRequest workerId
             * @property {string|null} [workerSecret] DrainRequest workerSecret
             */

            /**
             * Constructs a new DrainRequest.
             * @memberof thresher.v1
             * @classdesc Represents a DrainRequest.
             * @implements IDrainRequest
             * @constructor
             * @param {thresher.v1.IDrainRequest=} [p] Properties to set
             */
            function DrainRequest(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * DrainRequest workerId.
             * @member {string} workerId
             * @memberof thresher.v1.DrainRequest
             * @instance
             */
            DrainRequest.prototype.workerId = "";

            /**
             * DrainRequest workerSecret.
             * @member {string} workerSecret
             * @memberof thresher.v1.DrainRequest
             * @instance
             */
            DrainRequest.prototype.workerSecret = "";

            /**
             * Creates a new DrainRequest instance using the specified properties.
             * @function create
             * @memberof thresher.v1.DrainRequest
             * @static
             * @param {thresher.v1.IDrainRequest=} [properties] Properties to set
             * @returns {thresher.v1.DrainRequest} DrainRequest instance
             */
            DrainRequest.create = function create(properties) {
                return new DrainRequest(properties);
            };

            /**
             * Encodes the specified DrainRequest message. Does not implicitly {@link thresher.v1.DrainRequest.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.DrainRequest
             * @static
             * @param {thresher.v1.IDrainRequest} m DrainRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DrainRequest.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId"))
                    w.uint32(10).string(m.workerId);
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret"))
                    w.uint32(18).string(m.workerSecret);
                return w;
            };

            /**
             * Encodes the specified DrainRequest message, length delimited. Does not implicitly {@link thresher.v1.DrainRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.DrainRequest
             * @static
             * @param {thresher.v1.IDrainRequest} message DrainRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DrainRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a DrainRequest message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.DrainRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.DrainRequest} DrainRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DrainRequest.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.DrainRequest();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.workerId = r.string();
                            break;
                        }
                    case 2: {
                            m.workerSecret = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a DrainRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.DrainRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.DrainRequest} DrainRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DrainRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a DrainRequest message.
             * @function verify
             * @memberof thresher.v1.DrainRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DrainRequest.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    if (!$util.isString(m.workerId))
                        return "workerId: string expected";
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    if (!$util.isString(m.workerSecret))
                        return "workerSecret: string expected";
                }
                return null;
            };

            /**
             * Creates a DrainRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.DrainRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.DrainRequest} DrainRequest
             */
            DrainRequest.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.DrainRequest)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.DrainRequest: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.DrainRequest();
                if (d.workerId != null) {
                    m.workerId = String(d.workerId);
                }
                if (d.workerSecret != null) {
                    m.workerSecret = String(d.workerSecret);
                }
                return m;
            };

            /**
             * Creates a plain object from a DrainRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.DrainRequest
             * @static
             * @param {thresher.v1.DrainRequest} m DrainRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DrainRequest.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.workerId = "";
                    d.workerSecret = "";
                }
                if (m.workerId != null && Object.hasOwnProperty.call(m, "workerId")) {
                    d.workerId = m.workerId;
                }
                if (m.workerSecret != null && Object.hasOwnProperty.call(m, "workerSecret")) {
                    d.workerSecret = m.workerSecret;
                }
                return d;
            };

            /**
             * Converts this DrainRequest to JSON.
             * @function toJSON
             * @memberof thresher.v1.DrainRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DrainRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for DrainRequest
             * @function getTypeUrl
             * @memberof thresher.v1.DrainRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            DrainRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.DrainRequest";
            };

            return DrainRequest;
        })();

        v1.DrainResponse = (function() {

            /**
             * Properties of a DrainResponse.
             * @memberof thresher.v1
             * @interface IDrainResponse
             * @property {number|null} [released] DrainResponse released
             */

            /**
             * Constructs a new DrainResponse.
             * @memberof thresher.v1
             * @classdesc Represents a DrainResponse.
             * @implements IDrainResponse
             * @constructor
             * @param {thresher.v1.IDrainResponse=} [p] Properties to set
             */
            function DrainResponse(p) {
                if (p)
                    for (var ks = Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            /**
             * DrainResponse released.
             * @member {number} released
             * @memberof thresher.v1.DrainResponse
             * @instance
             */
            DrainResponse.prototype.released = 0;

            /**
             * Creates a new DrainResponse instance using the specified properties.
             * @function create
             * @memberof thresher.v1.DrainResponse
             * @static
             * @param {thresher.v1.IDrainResponse=} [properties] Properties to set
             * @returns {thresher.v1.DrainResponse} DrainResponse instance
             */
            DrainResponse.create = function create(properties) {
                return new DrainResponse(properties);
            };

            /**
             * Encodes the specified DrainResponse message. Does not implicitly {@link thresher.v1.DrainResponse.verify|verify} messages.
             * @function encode
             * @memberof thresher.v1.DrainResponse
             * @static
             * @param {thresher.v1.IDrainResponse} m DrainResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DrainResponse.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.released != null && Object.hasOwnProperty.call(m, "released"))
                    w.uint32(8).uint32(m.released);
                return w;
            };

            /**
             * Encodes the specified DrainResponse message, length delimited. Does not implicitly {@link thresher.v1.DrainResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof thresher.v1.DrainResponse
             * @static
             * @param {thresher.v1.IDrainResponse} message DrainResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DrainResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
            };

            /**
             * Decodes a DrainResponse message from the specified reader or buffer.
             * @function decode
             * @memberof thresher.v1.DrainResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {thresher.v1.DrainResponse} DrainResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DrainResponse.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.thresher.v1.DrainResponse();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.released = r.uint32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            /**
             * Decodes a DrainResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof thresher.v1.DrainResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {thresher.v1.DrainResponse} DrainResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DrainResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a DrainResponse message.
             * @function verify
             * @memberof thresher.v1.DrainResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DrainResponse.verify = function verify(m, n) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    return "maximum nesting depth exceeded";
                if (m.released != null && Object.hasOwnProperty.call(m, "released")) {
                    if (!$util.isInteger(m.released))
                        return "released: integer expected";
                }
                return null;
            };

            /**
             * Creates a DrainResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof thresher.v1.DrainResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {thresher.v1.DrainResponse} DrainResponse
             */
            DrainResponse.fromObject = function fromObject(d, n) {
                if (d instanceof $root.thresher.v1.DrainResponse)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".thresher.v1.DrainResponse: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.thresher.v1.DrainResponse();
                if (d.released != null) {
                    m.released = d.released >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a DrainResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof thresher.v1.DrainResponse
             * @static
             * @param {thresher.v1.DrainResponse} m DrainResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DrainResponse.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.released = 0;
                }
                if (m.released != null && Object.hasOwnProperty.call(m, "released")) {
                    d.released = m.released;
                }
                return d;
            };

            /**
             * Converts this DrainResponse to JSON.
             * @function toJSON
             * @memberof thresher.v1.DrainResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DrainResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for DrainResponse
             * @function getTypeUrl
             * @memberof thresher.v1.DrainResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            DrainResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/thresher.v1.DrainResponse";
            };

            return DrainResponse;
        })();

        return v1;
    })();

    return thresher;
})();

module.exports = $root;
