export * from './errors';
export * from './scheduler-options';
export * from './throughput';
export * from './reaper';
export * from './fair-share';
export * from './scheduler';
export { hashWorkerSecret } from './worker-credentials';
export { SweepInserter, type SweepInsertJob } from './sweep-inserter';
export { leaseDeferralMs, MAX_LEASE_DEFERRAL_MS } from './lease-deferral';
