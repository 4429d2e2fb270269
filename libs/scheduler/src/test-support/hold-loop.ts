/** Holds the event loop for `ms`, as a long transaction or a burst of calls does. */
export function block(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** One turn of the timers: an overdue LoopLag tick runs first (it was due earlier). */
export const nextTimers = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Holds the loop `times` times for `ms`, letting LoopLag's timer see each stretch. */
export async function holdLoop(times: number, ms: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    block(ms);
    await nextTimers();
  }
}
