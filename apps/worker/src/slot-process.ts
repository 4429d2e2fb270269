// Entry point of a slot child process: selects the backend once, then trains the
// bundles it is sent, streaming progress back. Started by ProcessTrainer.
import { InlineTrainer } from './inline-trainer';
import { initBackend } from './backend';
import { toFailure } from './bundle-trainer';
import type { FromSlot, ToSlot } from './slot-messages';

const send = (message: FromSlot) => process.send?.(message);
let trainer: InlineTrainer | undefined;
const running = new Map<number, AbortController>();

process.on('message', (message: ToSlot) => {
  if (message.type === 'init') {
    initBackend(message.backend).then(
      (backend) => {
        trainer = new InlineTrainer(backend);
        send({ type: 'ready', backend });
      },
      (err: unknown) => send({ type: 'init-failed', error: toFailure(err) }),
    );
  } else if (message.type === 'train') {
    const controller = new AbortController();
    running.set(message.id, controller);
    const id = message.id;
    void (trainer as InlineTrainer)
      .train(message.trials, {
        signal: controller.signal,
        onProgress: (index, point) => send({ type: 'progress', id, index, point }),
      })
      .then((results) => {
        running.delete(id);
        send({ type: 'done', id, results });
      });
  } else if (message.type === 'abort') {
    running.get(message.id)?.abort();
  }
});
// The parent going away ends the child.
process.on('disconnect', () => process.exit(0));
