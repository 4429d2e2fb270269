import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetnsTopology } from './support/netns';
import {
  ROOT,
  requireBuiltApps,
  spawnNode,
  startCoordinator,
  startWorker,
  waitFor,
  type ManagedProcess,
} from './support/processes';
import { auditSweep } from './support/results';
import { smallSweep } from './support/sweeps';
import { makeTestPki, type TestPki } from './support/tls';

// Several hosts: the coordinator and two workers in their own network namespaces, linked
// by veth pairs, talking TLS (and mutual TLS) with a bearer token across 10.231.x.y addresses.

const TOKEN = 'netns-token';
const dir = mkdtempSync(path.join(tmpdir(), 'thresher-hosts-'));
const net = new NetnsTopology(String(process.pid % 100_000), 2);
const processes: ManagedProcess[] = [];
let pki: TestPki;

beforeAll(() => {
  requireBuiltApps();
  net.create();
  pki = makeTestPki(dir, [net.coordinatorAddressFor(0), net.coordinatorAddressFor(1)]);
});

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop('SIGKILL')));
  net.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a small client script on a host: submits the sweep over TLS with the token. */
function submitFrom(
  ns: string,
  address: string,
  spec: unknown,
  tls: Record<string, string>,
  token: string,
) {
  const script = path.join(dir, `submit-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(
    script,
    `const { createCoordinatorClient } = require(${JSON.stringify(path.join(ROOT, 'libs/proto/dist/index.js'))});
const c = createCoordinatorClient(process.argv[2], { token: process.argv[3], tls: ${JSON.stringify(tls)} });
c.submitSweep({ specJson: ${JSON.stringify(JSON.stringify(spec))} }).then(
  (r) => { console.log('submitted ' + JSON.stringify(r)); c.close(); },
  (e) => { console.log('refused ' + e.message); c.close(); process.exitCode = 3; });
`,
  );
  const p = spawnNode(`client ${ns}`, script, [address, token], { netns: ns });
  processes.push(p);
  return p;
}

describe('coordinator and workers on separate hosts (network namespaces)', () => {
  it('run a sweep over TLS with a token', { timeout: 120_000 }, async () => {
    const db = path.join(dir, 'hosts.db');
    const coordinator = await startCoordinator(
      [
        '--host',
        '0.0.0.0',
        '--port',
        '7443',
        '--db',
        db,
        '--token',
        TOKEN,
        '--tls-cert',
        pki.serverCert,
        '--tls-key',
        pki.serverKey,
      ],
      // Health checks need TLS but no token.
      {
        netns: net.coordinatorNs,
        probe: { host: net.coordinatorAddressFor(0), tls: { ca: pki.ca } },
      },
    );
    processes.push(coordinator.proc);
    expect(coordinator.address).toBe('0.0.0.0:7443');
    const addressFrom = (i: number) => `${net.coordinatorAddressFor(i)}:7443`;

    // A wrong token, or a client that does not trust the CA, gets nothing.
    const wrongToken = submitFrom(
      net.hostNs[0]!,
      addressFrom(0),
      smallSweep('x'),
      { ca: pki.ca },
      'wrong',
    );
    expect((await wrongToken.exited).code).toBe(3);
    expect(wrongToken.lines.join('\n')).toMatch(
      /refused SubmitSweep: UNAUTHENTICATED: invalid token/,
    );
    const untrusted = submitFrom(
      net.hostNs[1]!,
      addressFrom(1),
      smallSweep('x'),
      { ca: pki.clientCert },
      TOKEN,
    );
    expect((await untrusted.exited).code).toBe(3);
    expect(untrusted.lines.join('\n')).toMatch(/refused SubmitSweep: UNAVAILABLE/);

    const spec = smallSweep('across-hosts', { seeds: 2 });
    const submit = submitFrom(net.hostNs[0]!, addressFrom(0), spec, { ca: pki.ca }, TOKEN);
    await submit.waitForLine(/^submitted .*"total":16/);

    const workers = net.hostNs.map((ns, i) => {
      const w = startWorker(
        `host${i + 1}`,
        [
          '--coordinator',
          addressFrom(i),
          '--concurrency',
          '1',
          '--max-bundle',
          '2',
          '--token',
          TOKEN,
          '--tls-ca',
          pki.ca,
        ],
        { netns: ns },
      );
      processes.push(w.proc);
      return w;
    });
    const ids = await Promise.all(workers.map((w) => w.id()));

    const audit = await waitFor(
      'every trial done',
      async () => {
        const a = await auditSweep(db, 'across-hosts');
        return a.notDone.length === 0 && a.rows.length === 16 ? a : undefined;
      },
      90_000,
      500,
    );
    for (const [trial, n] of audit.completedAttempts) expect(n, trial).toBe(1);
    expect([...audit.workers].sort()).toEqual([...ids].sort());

    for (const w of workers)
      expect(await w.proc.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(await coordinator.proc.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });

  it(
    'with mutual TLS, refuse clients without a certificate and serve workers with one',
    { timeout: 120_000 },
    async () => {
      const db = path.join(dir, 'mtls.db');
      const coordinator = await startCoordinator(
        [
          '--host',
          '0.0.0.0',
          '--port',
          '7444',
          '--db',
          db,
          '--token',
          TOKEN,
          '--tls-cert',
          pki.serverCert,
          '--tls-key',
          pki.serverKey,
          '--tls-ca',
          pki.ca,
        ],
        {
          netns: net.coordinatorNs,
          probe: {
            host: net.coordinatorAddressFor(0),
            tls: { ca: pki.ca, cert: pki.clientCert, key: pki.clientKey },
          },
        },
      );
      processes.push(coordinator.proc);
      const address = `${net.coordinatorAddressFor(1)}:7444`;
      const clientTls = { ca: pki.ca, cert: pki.clientCert, key: pki.clientKey };

      const noCert = submitFrom(net.hostNs[1]!, address, smallSweep('x'), { ca: pki.ca }, TOKEN);
      expect((await noCert.exited).code).toBe(3);
      expect(noCert.lines.join('\n')).toMatch(/refused SubmitSweep: UNAVAILABLE/);

      const submit = submitFrom(
        net.hostNs[1]!,
        address,
        smallSweep('mtls', { seeds: 1 }),
        clientTls,
        TOKEN,
      );
      await submit.waitForLine(/^submitted .*"total":8/);
      const w = startWorker(
        'mtls',
        [
          '--coordinator',
          address,
          '--concurrency',
          '1',
          '--token',
          TOKEN,
          '--tls-ca',
          pki.ca,
          '--tls-cert',
          pki.clientCert,
          '--tls-key',
          pki.clientKey,
        ],
        { netns: net.hostNs[1] },
      );
      processes.push(w.proc);
      const id = await w.id();
      const audit = await waitFor(
        'every trial done',
        async () => {
          const a = await auditSweep(db, 'mtls');
          return a.notDone.length === 0 && a.rows.length === 8 ? a : undefined;
        },
        90_000,
        500,
      );
      expect([...audit.workers]).toEqual([id]);
      expect(await w.proc.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    },
  );
});
