import { sql } from 'kysely';

/**
 * The statements of SQLite's status trigger on `trials` (0011, and 0015 that recreates it): the
 * sweeps of a trial count it out of its old status and into its new one.
 */
export const sqliteCountStatusBody = sql`
  UPDATE sweep_counts SET trials = trials - 1, steps = steps - OLD.steps
  WHERE status = OLD.status
    AND sweep_id IN (SELECT sweep_id FROM sweep_trials WHERE trial_id = NEW.trial_id);
  UPDATE sweep_counts SET trials = trials + 1, steps = steps + NEW.steps
  WHERE status = NEW.status
    AND sweep_id IN (SELECT sweep_id FROM sweep_trials WHERE trial_id = NEW.trial_id);`;
