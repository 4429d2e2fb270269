import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import path from 'node:path';
import { builtModule } from './built-module';

/**
 * Nice value of the coordinator's background threads and processes (the read thread's fits and
 * plots, the checkpoint thread, user queries). On a machine whose cores are all busy, a 2 s fit
 * beside the event loop took CPU from it, and the calls it serves waited (docs/scale.md): at
 * nice 10 such a thread gets about a tenth of a contended core, and all of an idle one.
 */
export const BACKGROUND_NICE = 10;

/**
 * Lowers the priority of the calling thread only (Linux schedules threads, and `setpriority` on
 * a thread id changes that thread alone: /proc/thread-self names it). Elsewhere the same call
 * would lower the whole process, so it does nothing there. Best effort: false when it could not.
 */
export function lowerThreadPriority(nice = BACKGROUND_NICE): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const threadId = Number(path.basename(readlinkSync('/proc/thread-self')));
    if (!Number.isSafeInteger(threadId) || threadId <= 0) return false;
    // Already as low (a coordinator started under `nice`): raising it would need privileges.
    if (getPriority(threadId) < nice) setPriority(threadId, nice);
    return true;
  } catch {
    // A sandbox without /proc, or one that refuses setpriority: the thread runs as it is.
    return false;
  }
}

/** This module built, for a thread evaluated from a string (the checkpoint thread) to require. */
export function builtPriorityModule(): string {
  return builtModule('background-priority');
}
