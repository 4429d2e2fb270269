import { execFileSync } from 'node:child_process';

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * Test hosts: one namespace per host, each worker host linked to the coordinator host by
 * its own veth pair and /24 (10.231.K.1 coordinator side, 10.231.K.2 worker side).
 * Addresses exist only inside these namespaces.
 */
export class NetnsTopology {
  readonly coordinatorNs: string;
  readonly hostNs: string[];
  private readonly all: string[];

  constructor(tag: string, hosts: number) {
    this.coordinatorNs = `thr-${tag}-c`;
    this.hostNs = Array.from({ length: hosts }, (_, i) => `thr-${tag}-h${i + 1}`);
    this.all = [this.coordinatorNs, ...this.hostNs];
  }

  /** The coordinator's address as seen from host i (0-based). */
  coordinatorAddressFor(i: number): string {
    return `10.231.${i + 1}.1`;
  }

  hostAddress(i: number): string {
    return `10.231.${i + 1}.2`;
  }

  create(): void {
    this.destroy();
    for (const ns of this.all) {
      ip('netns', 'add', ns);
      ip('-n', ns, 'link', 'set', 'lo', 'up');
    }
    this.hostNs.forEach((ns, i) => {
      const a = `thrc${i}`;
      const b = `thrh${i}`;
      ip(
        'link',
        'add',
        a,
        'netns',
        this.coordinatorNs,
        'type',
        'veth',
        'peer',
        'name',
        b,
        'netns',
        ns,
      );
      ip('-n', this.coordinatorNs, 'addr', 'add', `${this.coordinatorAddressFor(i)}/24`, 'dev', a);
      ip('-n', ns, 'addr', 'add', `${this.hostAddress(i)}/24`, 'dev', b);
      ip('-n', this.coordinatorNs, 'link', 'set', a, 'up');
      ip('-n', ns, 'link', 'set', b, 'up');
    });
  }

  /** Deleting a namespace deletes its veth ends. */
  destroy(): void {
    for (const ns of this.all) {
      try {
        ip('netns', 'del', ns);
      } catch {
        // not there
      }
    }
  }
}
