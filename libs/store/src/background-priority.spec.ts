import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICE, builtPriorityModule } from './background-priority';
import { CheckpointThread } from './checkpoint-thread';
import { connect } from './connect';

/** A thread's nice value: field 19 of /proc/self/task/TID/stat (after the name in parentheses). */
function niceOf(threadId: string | number): number {
  const stat = readFileSync(`/proc/self/task/${threadId}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

const threads = () => new Set(readdirSync('/proc/self/task'));

// Linux only: elsewhere lowerThreadPriority does nothing (setpriority would lower the process).
describe.runIf(process.platform === 'linux')('background threads at a lower priority', () => {
  it('lowers the calling thread alone, not the event loop that started it', async () => {
    const before = niceOf(process.pid);
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const lowered = require(workerData.module).lowerThreadPriority();
       const threadId = require('node:fs').readlinkSync('/proc/thread-self').split('/').pop();
       parentPort.postMessage({ lowered, threadId });
       parentPort.once('message', () => parentPort.close());`,
      { eval: true, workerData: { module: builtPriorityModule() } },
    );
    try {
      const reply = await new Promise<{ lowered: boolean; threadId: string }>((resolve) =>
        worker.once('message', resolve),
      );
      expect(reply.lowered).toBe(true);
      expect(niceOf(reply.threadId)).toBe(Math.max(before, BACKGROUND_NICE));
      expect(niceOf(process.pid)).toBe(before);
    } finally {
      await worker.terminate();
    }
  });

  it('runs the checkpoint thread at the background priority', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'thresher-priority-'));
    const c = await connect(path.join(dir, 'p.db'));
    const known = threads();
    const checkpoints = new CheckpointThread(path.join(dir, 'p.db'), () => undefined, 20);
    try {
      // Waits for the thread's first checkpoint (the deadline is only a backstop).
      const deadline = Date.now() + 30_000;
      while (checkpoints.last === undefined && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(checkpoints.lastError).toBeUndefined();
      expect(checkpoints.last).toBeDefined();
      const started = [...threads()].filter((t) => !known.has(t));
      expect(started.map(niceOf)).toContain(BACKGROUND_NICE);
      expect(niceOf(process.pid)).toBeLessThan(BACKGROUND_NICE);
    } finally {
      await checkpoints.close();
      await c.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
