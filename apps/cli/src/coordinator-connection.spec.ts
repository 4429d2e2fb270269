import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { Command } from 'commander';
import { CoordinatorRpcError, type CoordinatorClient } from '@thresher/proto';
import { errorCode } from '@thresher/sweep';
import { describe, expect, it } from 'vitest';
import { coordinatorAddresses, withClient } from './coordinator-connection';
import { CliError, ExitCode } from './errors';
import { coordinatorOption } from './options';

const rpcError = (code: status) =>
  new CoordinatorRpcError('ListSweeps', {
    code,
    details: status[code],
    metadata: new Metadata(),
    name: 'Error',
    message: status[code],
  } as ServiceError);

/** `--coordinator` as a command parses it (flag, environment, default). */
function parsed(argv: string[], env: Record<string, string> = {}): string[] {
  const saved = process.env.THRESHER_COORDINATOR;
  if (env.THRESHER_COORDINATOR === undefined) delete process.env.THRESHER_COORDINATOR;
  else process.env.THRESHER_COORDINATOR = env.THRESHER_COORDINATOR;
  try {
    const command = new Command('status').addOption(coordinatorOption()).exitOverride();
    command.parse(argv, { from: 'user' });
    return coordinatorAddresses(command.opts<{ coordinator: string }>());
  } finally {
    if (saved === undefined) delete process.env.THRESHER_COORDINATOR;
    else process.env.THRESHER_COORDINATOR = saved;
  }
}

/** Fake clients by address: each answers its address, or throws what `errors` says. */
function fakes(errors: Record<string, unknown>) {
  const opened: string[] = [];
  const closed: string[] = [];
  const open = (address: string) => {
    opened.push(address);
    return {
      address,
      close: () => closed.push(address),
      listSweeps: async () => {
        if (errors[address]) throw errors[address];
        return { sweeps: [], address };
      },
    } as unknown as CoordinatorClient;
  };
  return { open, opened, closed };
}

const list = (c: CoordinatorClient) =>
  c.listSweeps({}).then((r) => (r as unknown as { address: string }).address);

describe('--coordinator of the remote commands', () => {
  it('takes one address or a comma-separated list, from the flag or THRESHER_COORDINATOR', () => {
    expect(parsed([])).toEqual(['127.0.0.1:7070']);
    expect(parsed(['--coordinator', 'a:7070,b:7071'])).toEqual(['a:7070', 'b:7071']);
    expect(parsed([], { THRESHER_COORDINATOR: '10.0.0.1:7070, 10.0.0.2:7070' })).toEqual([
      '10.0.0.1:7070',
      '10.0.0.2:7070',
    ]);
    expect(parsed(['--coordinator', 'c:1'], { THRESHER_COORDINATOR: 'a:1,b:1' })).toEqual(['c:1']);
  });

  it('refuses a bad address as a usage error that names it', () => {
    for (const [value, bad] of [
      ['a:7070,b', '"b"'],
      ['a:7070,b:0', '"b:0"'],
      ['a:7070,', '""'],
      ['[::1]:7070,::1:7070', '"::1:7070"'],
    ]) {
      let caught: unknown;
      try {
        parsed(['--coordinator', value as string]);
      } catch (err) {
        caught = err;
      }
      expect(caught, value).toBeInstanceOf(CliError);
      expect((caught as CliError).exitCode).toBe(ExitCode.usage);
      expect(
        (caught as CliError).message.startsWith(`--coordinator: coordinator address ${bad}: `),
        value,
      ).toBe(true);
      expect(errorCode((caught as CliError).cause)).toBe('INVALID_COORDINATOR_ADDRESS');
    }
  });

  it('tries the coordinators in order until one answers', async () => {
    const f = fakes({
      'a:1': rpcError(status.UNAVAILABLE),
      'b:1': rpcError(status.DEADLINE_EXCEEDED),
    });
    expect(await withClient({ coordinator: 'a:1,b:1,c:1,d:1' }, list, f.open)).toBe('c:1');
    expect(f.opened).toEqual(['a:1', 'b:1', 'c:1']);
    expect(f.closed).toEqual(['a:1', 'b:1', 'c:1']);
  });

  it('takes any other answer of a coordinator as final, errors included', async () => {
    const refused = rpcError(status.NOT_FOUND);
    const f = fakes({ 'a:1': refused });
    await expect(withClient({ coordinator: 'a:1,b:1' }, list, f.open)).rejects.toBe(refused);
    expect(f.opened).toEqual(['a:1']);
  });

  it('says which coordinators did not answer when none did', async () => {
    const one = fakes({ 'a:1': rpcError(status.UNAVAILABLE) });
    // One address: its own error, as before.
    await expect(withClient({ coordinator: 'a:1' }, list, one.open)).rejects.toBeInstanceOf(
      CoordinatorRpcError,
    );
    const two = fakes({ 'a:1': rpcError(status.UNAVAILABLE), 'b:1': rpcError(status.UNAVAILABLE) });
    const err = await withClient({ coordinator: 'a:1,b:1' }, list, two.open).catch((e) => e);
    expect(err).toBeInstanceOf(CliError);
    expect(err.message).toMatch(/^no coordinator answered: a:1 \(.*UNAVAILABLE.*\); b:1 \(/);
    expect(err.exitCode).toBe(ExitCode.failure);
  });
});
