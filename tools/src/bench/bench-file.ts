/** The JSON file `npm run bench` writes: every figure with the machine it was measured on. */
import type { BenchOptions, SectionKey } from './bench-sections';
import type { Figure } from './bench-table';
import type { MachineInfo } from './machine-info';

export interface SectionResult {
  key: SectionKey;
  title: string;
  repeats: number;
  notes: string[];
  /** 1-minute load average before the section started and after it ended. */
  loadBefore: number;
  loadAfter: number;
  seconds: number;
  figures: Figure[];
  /** Each run's raw result from the section module. */
  runs: unknown[];
  error: string | null;
}

export interface BenchFile {
  startedAt: string;
  finishedAt: string;
  command: string;
  options: BenchOptions;
  machine: MachineInfo;
  sections: SectionResult[];
}
