import os from 'node:os';
import { errorCode } from '@thresher/sweep';
import { describe, expect, it } from 'vitest';
import { Backoff } from './backoff';
import { compileWorkerOptions, parseWorkerArgs } from './worker-options';

describe('worker options', () => {
  it('compile friendly options into the complete internal form', () => {
    const c = compileWorkerOptions({ coordinator: 'h:7070' }, {});
    expect(c).toMatchObject({
      coordinators: ['h:7070'],
      concurrency: os.cpus().length,
      backend: 'auto',
      maxBundle: 64,
      once: false,
      name: os.hostname(),
      token: undefined,
      tls: undefined,
    });
    expect(c.slotMode).toBe('process');
    expect(compileWorkerOptions({ coordinator: 'h:1', concurrency: 1 }, {}).slotMode).toBe(
      'process',
    );
  });
  it('read the environment and the flags', () => {
    const c = parseWorkerArgs(
      [
        '--concurrency',
        '3',
        '--backend',
        'wasm',
        '--tls-ca',
        'ca.pem',
        '--max-bundle',
        '8',
        '--slots',
        'inline',
      ],
      { THRESHER_COORDINATOR: '10.0.0.1:7070', THRESHER_TOKEN: 'tok' },
    );
    expect(c).toMatchObject({
      coordinators: ['10.0.0.1:7070'],
      concurrency: 3,
      backend: 'wasm',
      token: 'tok',
    });
    expect(c).toMatchObject({ tls: { ca: 'ca.pem' }, maxBundle: 8, slotMode: 'inline' });
  });
  it('refuse what cannot work, naming the option', () => {
    expect(() => compileWorkerOptions({}, {})).toThrow(/--coordinator: required/);
    expect(() => compileWorkerOptions({ coordinator: 'nohostport' }, {})).toThrow(/HOST:PORT/);
    expect(() => compileWorkerOptions({ coordinator: 'h:1', backend: 'gpu' }, {})).toThrow(
      /--backend/,
    );
    expect(() => compileWorkerOptions({ coordinator: 'h:1', concurrency: 0 }, {})).toThrow(
      /--concurrency/,
    );
    expect(() => compileWorkerOptions({ coordinator: 'h:1', tlsCert: 'c' }, {})).toThrow(
      /--tls-key/,
    );

    const err = (() => {
      try {
        compileWorkerOptions({ coordinator: 'h:1', maxBundle: 0 }, {});
      } catch (e) {
        return e;
      }
    })();
    expect(errorCode(err)).toBe('WORKER_INVALID_OPTIONS');
    expect(err).toMatchObject({ option: '--max-bundle', retryable: false });
  });
  it('take a comma-separated list of coordinators, from the flag or the environment', () => {
    expect(parseWorkerArgs(['--coordinator', 'a:7070,b.example.org:7071'], {})).toMatchObject({
      coordinators: ['a:7070', 'b.example.org:7071'],
    });
    expect(
      parseWorkerArgs([], { THRESHER_COORDINATOR: '10.0.0.1:7070, 10.0.0.2:7070,[::1]:7070' }),
    ).toMatchObject({ coordinators: ['10.0.0.1:7070', '10.0.0.2:7070', '[::1]:7070'] });
    // The flag wins over the environment.
    expect(
      parseWorkerArgs(['--coordinator', 'c:1'], { THRESHER_COORDINATOR: 'a:1,b:1' }).coordinators,
    ).toEqual(['c:1']);
  });
  it('name the bad address of a coordinator list', () => {
    for (const [value, bad] of [
      ['a:7070,b', '"b"'],
      ['a:7070,b:99999', '"b:99999"'],
      ['a:7070,,b:7070', '""'],
      ['a:7070,a:7070', '"a:7070"'],
    ]) {
      let caught: unknown;
      try {
        compileWorkerOptions({ coordinator: value }, {});
      } catch (e) {
        caught = e;
      }
      expect(errorCode(caught), value).toBe('WORKER_INVALID_OPTIONS');
      expect(caught).toMatchObject({ option: '--coordinator' });
      expect((caught as Error).message, value).toContain(`coordinator address ${bad}`);
      expect(errorCode((caught as Error).cause)).toBe('INVALID_COORDINATOR_ADDRESS');
    }
  });
});

describe('--exit-when-idle', () => {
  it('is off by default, takes seconds (fractions too), refuses negatives', () => {
    expect(compileWorkerOptions({ coordinator: 'h:1' }, {}).exitWhenIdleMs).toBeUndefined();
    expect(parseWorkerArgs(['--coordinator', 'h:1', '--exit-when-idle', '90'], {})).toMatchObject({
      exitWhenIdleMs: 90_000,
      once: false,
    });
    expect(
      parseWorkerArgs(['--coordinator', 'h:1', '--exit-when-idle', '0.5'], {}).exitWhenIdleMs,
    ).toBe(500);
    expect(() => parseWorkerArgs(['--coordinator', 'h:1', '--exit-when-idle', '-1'], {})).toThrow(
      /seconds >= 0/,
    );
    expect(() => compileWorkerOptions({ coordinator: 'h:1', exitWhenIdle: -1 }, {})).toThrow(
      /--exit-when-idle/,
    );
  });
});

describe('backoff', () => {
  it('doubles up to the cap, with jitter below the nominal delay, and resets', () => {
    const b = new Backoff({ initialMs: 100, maxMs: 1_000, jitter: 0.5 }, () => 0);
    expect([b.next(), b.next(), b.next(), b.next(), b.next()]).toEqual([100, 200, 400, 800, 1000]);
    b.reset();
    expect(b.next()).toBe(100);
    const j = new Backoff({ initialMs: 100, maxMs: 1_000, jitter: 0.5 }, () => 1);
    expect(j.next()).toBe(50);
  });
});
