import type { WalkStep, WalkStepResult } from './walk-chunk';

/** What the walk thread is sent: a chunk to run, or the end. */
export type WalkRequest = { id: number; step: WalkStep } | 'stop';

/** A chunk's failure as it crosses back: the store error's `code` when it had one. */
export interface WalkFailure {
  code: string | undefined;
  message: string;
}

/** What it answers: a chunk's result (null: the walk is over), its failure, or its own end. */
export type WalkReply =
  | { id: number; result: WalkStepResult | null }
  | { id: number; failure: WalkFailure }
  | { fatal: string };
