import { describe, expect, it } from 'vitest';
import { parseCoordinatorArgs } from './coordinator-options';

describe('coordinator options', () => {
  it('default to a local SQLite file on 127.0.0.1:7070', () => {
    expect(parseCoordinatorArgs([], {})).toEqual({
      db: './thresher.db',
      host: '127.0.0.1',
      port: 7070,
    });
  });
  it('read THRESHER_DB and THRESHER_TOKEN, flags win', () => {
    expect(
      parseCoordinatorArgs([], { THRESHER_DB: 'postgres://x/y', THRESHER_TOKEN: 's' }),
    ).toMatchObject({
      db: 'postgres://x/y',
      token: 's',
    });
    expect(
      parseCoordinatorArgs(['--db', 'a.db', '--token', 't'], { THRESHER_TOKEN: 's' }),
    ).toMatchObject({
      db: 'a.db',
      token: 't',
    });
  });
  it('parse TLS and policy flags, refusing incomplete TLS and bad numbers', () => {
    expect(
      parseCoordinatorArgs(
        [
          '--port',
          '0',
          '--tls-cert',
          'c',
          '--tls-key',
          'k',
          '--lease-ms',
          '2000',
          '--max-attempts',
          '5',
        ],
        {},
      ),
    ).toMatchObject({ port: 0, tls: { cert: 'c', key: 'k' }, leaseMs: 2000, maxAttempts: 5 });
    expect(() => parseCoordinatorArgs(['--tls-cert', 'c'], {})).toThrow(/go together/);
    expect(() => parseCoordinatorArgs(['--port', '-1'], {})).toThrow();
    expect(() => parseCoordinatorArgs(['--lease-ms', 'soon'], {})).toThrow();
  });
});

describe('dashboard options', () => {
  it('take the worker retirement time and the live-worker cap', () => {
    expect(
      parseCoordinatorArgs(['--retire-after-ms', '600000', '--max-workers', '50'], {}),
    ).toMatchObject({ retireAfterMs: 600_000, maxWorkers: 50 });
    expect(() => parseCoordinatorArgs(['--max-workers', '0'], {})).toThrow(
      /expected an integer >= 1/,
    );
  });
  it('take the lease lag target, 0 turning the gate off, refusing negatives', () => {
    expect(parseCoordinatorArgs(['--lease-lag-target-ms', '40'], {})).toMatchObject({
      leaseLagTargetMs: 40,
    });
    expect(parseCoordinatorArgs(['--lease-lag-target-ms', '0'], {})).toMatchObject({
      leaseLagTargetMs: 0,
    });
    expect(() => parseCoordinatorArgs(['--lease-lag-target-ms', '-1'], {})).toThrow(/>= 0/);
  });
  it('take the idle connection timeout, at least 1 s', () => {
    expect(parseCoordinatorArgs(['--idle-connection-ms', '60000'], {})).toMatchObject({
      idleConnectionMs: 60_000,
    });
    expect(() => parseCoordinatorArgs(['--idle-connection-ms', '10'], {})).toThrow(
      /expected an integer >= 1000/,
    );
  });
  it('serve HTTP only with --http-port, on loopback unless --http-host says otherwise', () => {
    expect(parseCoordinatorArgs([], {}).http).toBeUndefined();
    expect(parseCoordinatorArgs(['--http-port', '0'], {}).http).toEqual({
      host: '127.0.0.1',
      port: 0,
    });
    expect(
      parseCoordinatorArgs(['--http-port', '8080', '--http-host', '0.0.0.0'], {}).http,
    ).toEqual({ host: '0.0.0.0', port: 8080 });
    expect(() => parseCoordinatorArgs(['--http-port', 'web'], {})).toThrow();
  });
});
