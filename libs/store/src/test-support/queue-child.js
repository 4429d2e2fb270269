// A worker in its own process, on the BUILT store (dist/): leases trials and records a
// result for each, printing "ack <trial_id> <outcome>" only after the call returned,
// i.e. after the write was committed. Used by child-process.spec.ts.
'use strict';
const { openStore } = require(process.env.THRESHER_STORE_DIST);

const [location, maxArg] = process.argv.slice(2);
const max = Number(maxArg ?? '1');
const workerId = `child-${process.pid}`;

// A result the store accepts for this trial: ratios from their losses, a curve from step 0
// to the trial's last step whose last point holds the final losses.
function outcome(params) {
  const metrics = {
    train_loss: (params.n / 1000) * 0.2,
    test_loss: 0.3,
    excess_risk: 0.05,
    ols_train_loss: 0.2,
    ols_test_loss: 0.28,
    ols_excess_risk: 0.03,
    interp_ratio: 0,
    test_ratio: 0.3 / 0.28,
    aligned_fraction: 0.9,
    converged: true,
  };
  metrics.interp_ratio = metrics.train_loss / metrics.ols_train_loss;
  const points = Math.min(50, params.steps + 1);
  const curve = Array.from({ length: points }, (_, i) => ({
    step: Math.round((i * params.steps) / (points - 1)),
    train_loss: 1 / (i + 1),
    test_loss: 2 / (i + 1),
  }));
  Object.assign(curve[points - 1], {
    train_loss: metrics.train_loss,
    test_loss: metrics.test_loss,
  });
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
        outcome: outcome(lease.params),
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
