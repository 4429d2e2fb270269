/** The machine a benchmark ran on, recorded next to its figures. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { probeBackends, type BackendProbe } from '@thresher/training';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  kernel: string;
  /** 1, 5 and 15 minute load averages when the benchmark started. */
  loadAverage: number[];
  backends: BackendProbe[];
}

/** "model name" from /proc/cpuinfo (os.cpus() may shorten it), else what Node reports. */
export function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m?.[1]) return m[1].trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

export function loadAverage(): number[] {
  return os.loadavg().map((v) => Math.round(v * 100) / 100);
}

export async function machineInfo(): Promise<MachineInfo> {
  return {
    cpuModel: cpuModel(),
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    kernel: os.release(),
    loadAverage: loadAverage(),
    backends: await probeBackends(),
  };
}
