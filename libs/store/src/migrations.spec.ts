import { describe, expect, it } from 'vitest';
import {
  canonicalParamsJson,
  batchCompatibilityKey,
  batchKeyHash,
  trialFlops,
} from '@thresher/sweep';
import { connect } from './connect';
import { appliedMigrations, migrate } from './migrate';
import { LATEST_MIGRATION } from './migrations';
import { openStore } from './open-store';
import { runReadOnlyQuery } from './read-only-query';
import { DIALECTS, freshLocation } from './test-support/databases';
import { outcome, trial } from './test-support/fixtures';

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  it('upgrades a database made by the first migration, with its data, in place', async () => {
    const location = freshLocation(dialect);
    const t = trial({ n: 64, width: 32, bias: true });
    // A trial of another batch key, in no sweep (0014 hashes each key).
    const other = trial({ n: 16, d: 3, steps: 7 });
    const old = await connect(location);
    try {
      expect(await migrate(old, '0001_initial_tables')).toEqual(['0001_initial_tables']);
      // Data as the 0001 schema knows it (results had no code_version then).
      const db = old.db.withoutPlugins();
      await db
        .insertInto('sweeps')
        .values({ name: 'legacy', spec: '{}', status: 'active', created_at: 1 })
        .execute();
      const { id } = await db.selectFrom('sweeps').select('id').executeTakeFirstOrThrow();
      await db
        .insertInto('trials')
        .values({
          trial_id: t.trialId,
          ...t.params,
          bias: 1,
          params: canonicalParamsJson(t.params),
          batch_key: batchCompatibilityKey(t.params),
          status: 'done',
          attempts: 1,
          last_error: null,
          current_attempt_id: null,
          seq: 1,
          created_at: 1,
          updated_at: 1,
        } as never) // the 0001 schema: no cost column yet
        .execute();
      await db
        .insertInto('trials')
        .values({
          trial_id: other.trialId,
          ...other.params,
          bias: 0,
          params: canonicalParamsJson(other.params),
          batch_key: batchCompatibilityKey(other.params),
          status: 'cancelled',
          attempts: 0,
          last_error: null,
          current_attempt_id: null,
          seq: 2,
          created_at: 1,
          updated_at: 1,
        } as never)
        .execute();
      await db
        .insertInto('sweep_trials')
        .values({ sweep_id: id, trial_id: t.trialId, position: 0 })
        .execute();
      await db
        .insertInto('workers')
        .values({
          worker_id: 'old-worker',
          host: 'h',
          cores: 1,
          backend: 'cpu',
          version: '0',
          state: 'idle',
          registered_at: 1,
          last_seen_at: 1,
          completed: 1,
        } as never)
        .execute();
      await db
        .insertInto('results')
        .values({
          trial_id: t.trialId,
          attempt_id: 1,
          train_loss: 0.5,
          test_loss: 0.6,
          excess_risk: 0.1,
          ols_train_loss: 0.5,
          ols_test_loss: 0.6,
          ols_excess_risk: 0.1,
          interp_ratio: 1,
          test_ratio: 1,
          aligned_fraction: 0.7,
          converged: 1,
          wall_ms: 10,
          backend: 'cpu',
          worker_id: 'old-worker',
          recorded_at: 1,
        } as never)
        .execute();
      // A curve as the 0001 schema knows it (no aligned_fraction).
      await db
        .insertInto('curves')
        .values([
          { trial_id: t.trialId, step: 0, train_loss: 1, test_loss: 1.2 },
          { trial_id: t.trialId, step: 10, train_loss: 0.25, test_loss: 0.7 },
        ] as never)
        .execute();
      await expect(
        runReadOnlyQuery(location, 'SELECT count(*) FROM trial_results'),
      ).rejects.toThrow(/trial_results/);
    } finally {
      await old.close();
    }

    // Read-only opens do not migrate: an old database has no search rounds (nor their table).
    const reader = await openStore(location, { readonly: true });
    let unmigratedCells: unknown;
    try {
      expect(await reader.searchRounds('legacy')).toEqual([]);
      // Nor sweep counts: they are counted from the trials instead.
      expect(await reader.listSweeps('legacy')).toMatchObject([
        { name: 'legacy', done: 1, total: 1, inserting: false, expectedTrials: 1 },
      ]);
      // Nor (group, n) cells: the live fit aggregates the trials instead.
      unmigratedCells = (await reader.sweepThresholdData('legacy')).groups;
    } finally {
      await reader.close();
    }
    const store = await openStore(location);
    try {
      const [row] = await store.trialResults('legacy');
      expect(row).toMatchObject({
        sweep: 'legacy',
        n: 64,
        width: 32,
        bias: true,
        status: 'done',
        interp_ratio: 1,
        converged: true,
        worker: 'old-worker',
        code_version: null,
      });
      expect((await store.listWorkers())[0]).toMatchObject({
        workerId: 'old-worker',
        completed: 1,
        // 0007: workers registered before slots were reported count one.
        slots: 1,
      });
      // 0008: a sweep from before searches has no rounds.
      expect(await store.searchRounds('legacy')).toEqual([]);
      // 0010: old curve points have no aligned_fraction (NULL); interp_ratio per step is
      // train_loss / ols_train_loss (0.5 here).
      const ratios = await runReadOnlyQuery(
        location,
        'SELECT step, interp_ratio, aligned_fraction FROM trial_curve_ratios ORDER BY step',
      );
      expect(ratios.rows).toEqual([
        [0, 2, null],
        [10, 0.5, null],
      ]);
      const curve = await runReadOnlyQuery(
        location,
        'SELECT step, aligned_fraction FROM trial_curves ORDER BY step',
      );
      expect(curve.rows).toEqual([
        [0, null],
        [10, null],
      ]);
      // 0011: the legacy sweep's counts were computed from its trials; the old trial's
      // parameters, whose JSON copy is gone, still come back whole when it is leased.
      expect(await store.sweepCounts('legacy')).toMatchObject({ done: 1, total: 1 });
      // 0012: its (group, n) cell was computed from its trial and result.
      const legacyCells = (await store.sweepThresholdData('legacy')).groups;
      expect(legacyCells.map((g) => g.byN)).toEqual([
        [
          {
            n: t.params.n,
            pending: 0,
            leased: 0,
            done: 1,
            failed: 0,
            cancelled: 0,
            unconverged: 0,
            ratioCount: 1,
            ratioSum: 1,
            ratioSumSq: 1,
          },
        ],
      ]);
      expect(legacyCells).toEqual(unmigratedCells);
      // The upgraded results table takes undefined (null) ratios.
      const small = trial({ n: 3, d: 5 });
      await store.insertSweep({ name: 'small-n', spec: {}, trials: [small] });
      const [lease] = await store.leaseTrials({
        workerId: 'w',
        max: 1,
        leaseMs: 1000,
        now: new Date(5),
      });
      await store.completeAttempts([
        {
          attemptId: lease!.attemptId,
          workerId: 'w',
          outcome: outcome(2, { interp_ratio: null, test_ratio: null }),
          now: new Date(6),
        },
      ]);
      expect(lease!.params).toEqual(small.params);
      expect(await store.sweepCounts('small-n')).toMatchObject({ done: 1, leased: 0, total: 1 });
      expect((await store.trialResults('small-n'))[0]).toMatchObject({
        status: 'done',
        interp_ratio: null,
        test_ratio: null,
      });
      // 0006 gave the old trial its cost from its parameters.
      const cost = await runReadOnlyQuery(
        location,
        `SELECT cost FROM trials WHERE trial_id = '${t.trialId}'`,
      );
      expect(cost.rows).toEqual([[trialFlops(t.params)]]);
      if (dialect === 'sqlite') {
        const indexes = await runReadOnlyQuery(
          location,
          "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'results' AND sql IS NOT NULL ORDER BY name",
        );
        expect(indexes.rows).toEqual([['results_recorded_at'], ['results_worker']]);
      } else {
        // 0013: the statement triggers that join changed rows to trials look them up by key.
        const settings = await runReadOnlyQuery(
          location,
          "SELECT proname, array_to_string(proconfig, ',') FROM pg_proc WHERE pronamespace = current_schema()::regnamespace AND proname LIKE 'thresher%' AND proconfig IS NOT NULL ORDER BY proname",
        );
        expect(settings.rows).toEqual(
          [
            'thresher_sweep_trials_cells_delete',
            'thresher_sweep_trials_cells_insert',
            'thresher_sweep_trials_count_delete',
            'thresher_sweep_trials_count_insert',
            'thresher_trials_cells_status',
            'thresher_trials_count_status',
          ].map((name) => [name, 'enable_seqscan=off']),
        );
      }
      // 0014: the queue's indexes hold pending trials only.
      const queueIndexes = await runReadOnlyQuery(
        location,
        dialect === 'sqlite'
          ? "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trials' AND sql LIKE '%WHERE%' ORDER BY name"
          : "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'trials' AND indexdef LIKE '%WHERE%' ORDER BY indexname",
      );
      expect(queueIndexes.rows.map(([name]) => name)).toEqual([
        'trials_pending_batch_cost_seq',
        'trials_pending_cost_seq',
      ]);
      // 0014: each batch key became its hash.
      const batch = await runReadOnlyQuery(
        location,
        `SELECT trial_id, batch FROM trials WHERE trial_id IN ('${t.trialId}', '${other.trialId}')`,
      );
      expect(new Map(batch.rows.map(([id, hash]) => [id, hash]))).toEqual(
        new Map([t, other].map((x) => [x.trialId, batchKeyHash(batchCompatibilityKey(x.params))])),
      );
      for (const [, definition] of queueIndexes.rows)
        expect(String(definition)).toMatch(/WHERE \(?status = 'pending'/);
      const sweepTrialIndexes = await runReadOnlyQuery(
        location,
        dialect === 'sqlite'
          ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sweep_trials' ORDER BY name"
          : "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'sweep_trials' ORDER BY indexname",
      );
      // SQLite's key is the table itself (WITHOUT ROWID, 0011): it lists no index of its own.
      expect(sweepTrialIndexes.rows.map(([name]) => name)).toEqual(
        dialect === 'sqlite'
          ? ['sweep_trials_position']
          : ['sweep_trials_pk', 'sweep_trials_position'],
      );
      if (dialect === 'sqlite') {
        // 0015: the status triggers stand aside while a statement counts its own moves.
        const triggers = await runReadOnlyQuery(
          location,
          "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'trials' ORDER BY name",
        );
        expect(triggers.rows.map(([name]) => name)).toEqual([
          'trials_cells_status',
          'trials_count_status',
        ]);
        for (const [, definition] of triggers.rows)
          expect(String(definition)).toContain('NOT EXISTS (SELECT 1 FROM status_batch)');
        const marks = await runReadOnlyQuery(location, 'SELECT count(*) FROM status_batch');
        expect(marks.rows).toEqual([[0]]);
      }
      const check = await connect(location);
      try {
        expect(await appliedMigrations(check)).toEqual([
          '0001_initial_tables',
          '0002_views_indexes_code_version',
          '0003_worker_completions_from_results',
          '0004_nullable_ratios',
          '0005_drop_sweep_max_attempts',
          '0006_trial_cost',
          '0007_worker_slots',
          '0008_search_rounds',
          '0009_worker_credentials',
          '0010_curve_aligned_fraction',
          '0011_sweep_scale',
          '0012_sweep_cells',
          '0013_trigger_index_plans',
          '0014_compact_queue',
          LATEST_MIGRATION,
        ]);
      } finally {
        await check.close();
      }
    } finally {
      await store.close();
    }
    // Opening again is a no-op.
    const again = await openStore(location);
    await again.close();
  });
});
