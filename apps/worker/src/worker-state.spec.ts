import { describe, expect, it } from 'vitest';
import { InvalidTransitionError, WorkerStateMachine } from './worker-state';

describe('worker state machine', () => {
  it('goes starting -> running -> draining -> stopped and reports each change', () => {
    const sm = new WorkerStateMachine();
    const seen: string[] = [];
    sm.onChange((s, why) => seen.push(`${s}:${why}`));
    expect(sm.state).toBe('starting');
    sm.to('running');
    expect(sm.accepting).toBe(true);
    sm.to('draining', 'SIGTERM');
    expect(sm.accepting).toBe(false);
    sm.to('stopped');
    expect(sm.finished).toBe(true);
    expect(seen).toEqual(['running:', 'draining:SIGTERM', 'stopped:']);
  });
  it('refuses illegal moves', () => {
    const sm = new WorkerStateMachine();
    sm.to('failed', 'no backend');
    expect(() => sm.to('running')).toThrow(InvalidTransitionError);
    const sm2 = new WorkerStateMachine();
    sm2.to('running');
    sm2.to('draining');
    expect(sm2.can('running')).toBe(false);
  });
});
