/** Lifecycle of a worker process. */
export type WorkerState = 'starting' | 'running' | 'draining' | 'stopped' | 'failed';

const TRANSITIONS: Record<WorkerState, readonly WorkerState[]> = {
  starting: ['running', 'draining', 'stopped', 'failed'],
  running: ['draining', 'stopped', 'failed'],
  draining: ['stopped', 'failed'],
  stopped: [],
  failed: [],
};

export class InvalidTransitionError extends Error {
  override readonly name = 'InvalidTransitionError';
  readonly retryable = false;
  constructor(
    readonly from: WorkerState,
    readonly to: WorkerState,
  ) {
    super(`worker cannot go from ${from} to ${to}`);
  }
}

/** The explicit state machine: every change goes through `to`, which refuses illegal moves. */
export class WorkerStateMachine {
  private current: WorkerState = 'starting';
  private readonly listeners: ((state: WorkerState, reason: string) => void)[] = [];

  get state(): WorkerState {
    return this.current;
  }

  /** Accepting new work (leasing). */
  get accepting(): boolean {
    return this.current === 'running';
  }

  get finished(): boolean {
    return this.current === 'stopped' || this.current === 'failed';
  }

  can(to: WorkerState): boolean {
    return TRANSITIONS[this.current].includes(to);
  }

  to(next: WorkerState, reason = ''): void {
    if (!this.can(next)) throw new InvalidTransitionError(this.current, next);
    this.current = next;
    for (const listener of this.listeners) listener(next, reason);
  }

  onChange(listener: (state: WorkerState, reason: string) => void): void {
    this.listeners.push(listener);
  }
}
