// A worker in its own process, on the BUILT store (dist/): leases trials and records a
// result for each, printing "ack <trial_id> <outcome>" only after the call returned,
// i.e. after the write was committed. Used by child-process.spec.ts.
'use strict';
const { openStore } = require(process.env.THRESHER_STORE_DIST);

const [location, maxArg] = process.argv.slice(2);
const max = Number(maxArg ?? '1');
const workerId = `child-${process.pid}`;

function outcome(n) {
  const metrics = {
    train_loss: 0.01,
    test_loss: 0.3,
    excess_risk: 0.05,
    ols_train_loss: 0.2,
    ols_test_loss: 0.28,
    ols_excess_risk: 0.03,
    interp_ratio: n / 1000,
    test_ratio: 1.07,
    aligned_fraction: 0.9,
    converged: true,
  };
  const curve = Array.from({ length: 50 }, (_, i) => ({
    step: i * 10,
    train_loss: 1 / (i + 1),
    test_loss: 2 / (i + 1),
  }));
  return { metrics, curve, wall_ms: 1, backend: 'test' };
}

(async () => {
  const store = await openStore(location);
  for (;;) {
    const leases = await store.leaseTrials({ workerId, max, leaseMs: 600000, now: new Date() });
    if (leases.length === 0) break;
    for (const lease of leases) {
      const result = await store.completeAttempt({
        attemptId: lease.attemptId,
        workerId,
        outcome: outcome(lease.params.n),
        now: new Date(),
      });
      process.stdout.write(`ack ${lease.trialId} ${result}\n`);
    }
  }
  await store.close();
})().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
