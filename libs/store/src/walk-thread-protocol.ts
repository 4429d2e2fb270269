import type { WalkStep, WalkStepResult } from './walk-chunk';

/** What the walk thread is sent: a chunk to run, or the end. */
export type WalkRequest = { id: number; step: WalkStep } | 'stop';

/** What it answers: a chunk's result (null: the walk is over), its failure, or its own end. */
export type WalkReply =
  { id: number; result: WalkStepResult | null } | { id: number; error: string } | { fatal: string };
