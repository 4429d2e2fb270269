import { trialParamsIssue, type TrialParams } from '@thresher/sweep';
import { InvalidTrialParamsError } from './errors';

/**
 * Checks complete trial parameters before any tensor is made, by the same rules a sweep
 * is checked with when submitted; throws InvalidTrialParamsError naming the first bad field.
 */
export function validateTrialParams(p: TrialParams): void {
  const issue = trialParamsIssue(p);
  if (issue) throw new InvalidTrialParamsError(issue.field, issue.value, issue.reason);
}
