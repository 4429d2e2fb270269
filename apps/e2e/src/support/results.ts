import { openStore, type AttemptRecord, type Store, type TrialResultRow } from '@thresher/store';

export interface SweepAudit {
  rows: TrialResultRow[];
  /** Trials whose status is not done. */
  notDone: TrialResultRow[];
  /** Per trial: how many attempts ended `completed` (a result recorded). */
  completedAttempts: Map<string, number>;
  /** Every attempt of every trial, in order. */
  attempts: Map<string, AttemptRecord[]>;
  /** Every attempt outcome, counted. */
  outcomes: Record<string, number>;
  /** Worker ids that recorded results. */
  workers: Set<string>;
}

/** Reads the SQLite file through the store: every trial, and every attempt of every trial. */
export async function auditSweep(dbPath: string, sweep: string): Promise<SweepAudit> {
  const store: Store = await openStore(dbPath, { readonly: true });
  try {
    const rows = await store.trialResults(sweep);
    const completedAttempts = new Map<string, number>();
    const attemptsByTrial = new Map<string, AttemptRecord[]>();
    const outcomes: Record<string, number> = {};
    for (const row of rows) {
      const attempts = await store.trialAttempts(row.trial_id);
      attemptsByTrial.set(row.trial_id, attempts);
      completedAttempts.set(row.trial_id, attempts.filter((a) => a.outcome === 'completed').length);
      for (const a of attempts)
        outcomes[a.outcome ?? 'open'] = (outcomes[a.outcome ?? 'open'] ?? 0) + 1;
    }
    return {
      rows,
      notDone: rows.filter((r) => r.status !== 'done'),
      completedAttempts,
      attempts: attemptsByTrial,
      outcomes,
      workers: new Set(
        rows
          .filter((r) => r.status === 'done')
          .map((r) => r.worker)
          .filter((w): w is string => !!w),
      ),
    };
  } finally {
    await store.close();
  }
}
