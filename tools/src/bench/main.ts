/**
 * `npm run bench`: every benchmark of the project, side by side on this machine in one run.
 * Prints one table per section (name, median, min, max, unit, target, met?) and writes every
 * figure, with the machine it was measured on, as JSON.
 *
 *   node tools/dist/bench/main.js [--only training,orchestration,main-job,memory,store,report]
 *     [--repeats 3] [--quick] [--json bench-results/bench-<date>.json]   (--help for the sizes)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Command, InvalidArgumentError, Option } from 'commander';
import { runReadOnlyQuery } from '@thresher/store';
import type { BenchFile, SectionResult } from './bench-file';
import { renderMarkdown } from './bench-markdown';
import { formatTable, summarize, type Measurement } from './bench-table';
import {
  SECTIONS,
  SECTION_KEYS,
  redact,
  type BenchOptions,
  type SectionKey,
} from './bench-sections';
import { ROOT } from './bench-processes';
import { loadAverage, machineInfo, type MachineInfo } from './machine-info';
import { parseCounts, scaleDefaults, type ScaleDialect } from './scale-bench';

const int = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`${name}: expected an integer >= 1`);
  return n;
};
const positive = (v: string) => {
  const n = Number(v);
  if (!(n > 0)) throw new InvalidArgumentError('expected a number > 0');
  return n;
};

function program(): Command {
  return new Command('bench')
    .description(
      'Thresher benchmarks: every figure measured side by side in one run on this machine',
    )
    .option('--only <sections>', `comma-separated subset of ${SECTION_KEYS.join(',')}`)
    .addOption(
      new Option('--repeats <n>', 'runs per figure (median, min, max)')
        .argParser(int('--repeats'))
        .default(3),
    )
    .option(
      '--repeats-for <list>',
      'runs of given sections, overriding --repeats (e.g. store=1,orchestration=2)',
      'main-job=1,memory=1,paper=1,dashboard=1,scaling=1,adaptive=1,scale=1',
    )
    .option('--quick', 'smaller sizes for a smoke run')
    .option('--json <file>', 'where to write the figures (default bench-results/bench-<date>.json)')
    .option('--markdown <file>', 'also write the figures as Markdown tables (for BENCHMARKS.md)')
    .option('--backends <list>', 'training backends (default: every one that loads here)')
    .addOption(
      new Option(
        '--orchestration-trials <n>',
        'one-step trials for trials/s (default 50000; quick 5000)',
      ).argParser(int('--orchestration-trials')),
    )
    .addOption(
      new Option(
        '--overhead-trials <n>',
        'trials for the overhead vs ideal run (default 60, scaled from 1000; quick 8)',
      ).argParser(int('--overhead-trials')),
    )
    .addOption(
      new Option(
        '--overhead-trial-seconds <s>',
        'seconds per trial in that run (default 1; quick 0.5)',
      ).argParser(positive),
    )
    .addOption(
      new Option(
        '--worker-trials <n>',
        "trials for the worker RSS run (default 5000, past V8's first major GC; quick 200)",
      ).argParser(int('--worker-trials')),
    )
    .addOption(
      new Option(
        '--sweep-trials <n>',
        'sweep size for the coordinator RSS run (default 100000; quick 10000)',
      ).argParser(int('--sweep-trials')),
    )
    .addOption(
      new Option(
        '--memory-window <s>',
        'seconds the coordinator RSS is sampled (default 60; quick 15)',
      ).argParser(int('--memory-window')),
    )
    .addOption(
      new Option(
        '--store-trials <n>',
        'trials inserted by the store bench (default 100000; quick 10000)',
      ).argParser(int('--store-trials')),
    )
    .addOption(
      new Option(
        '--store-results <n>',
        'results recorded by the store bench (default 10000; quick 2000)',
      ).argParser(int('--store-results')),
    )
    .option(
      '--pg <url>',
      'PostgreSQL for the store and scale benches: a URL, auto (tools/scripts/start-postgres.sh) or none (default: $THRESHER_TEST_PG_URL, else auto)',
    )
    .addOption(
      new Option(
        '--report-trials <n>',
        'trials in the report bench (default 100000; quick 10000)',
      ).argParser(int('--report-trials')),
    )
    .option('--main-job-sweep <file>', 'sweep file of the main job', 'examples/quick.yaml')
    .addOption(
      new Option(
        '--scale-sizes <list>',
        'scale: sweep sizes, one fresh database each (default 1e3,1e4,1e5,1e6; quick 1e3,1e4)',
      ).argParser(counts('--scale-sizes')),
    )
    .addOption(
      new Option(
        '--scale-dialects <list>',
        'scale: databases (default sqlite,postgres; postgres only when --pg finds a server)',
      ).argParser(dialects),
    )
    .addOption(
      new Option(
        '--scale-train <n>',
        'scale: trials trained per size (default min(size/2, 20000); quick 5000); 1000000 with a long --scale-train-seconds trains a 1e6 sweep through',
      ).argParser(int('--scale-train')),
    )
    .addOption(
      new Option(
        '--scale-train-seconds <s>',
        'scale: longest training phase per size, seconds (default 60; quick 20)',
      ).argParser(positive),
    )
    .addOption(
      new Option(
        '--scale-workers <n>',
        'scale: simulated workers per size (gRPC clients in the bench process; default 16)',
      ).argParser(int('--scale-workers')),
    )
    .addOption(
      new Option(
        '--scale-think-ms <ms>',
        'scale: mean time each simulated worker "trains" a bundle before reporting it (0.5x-1.5x, default 0: at once, a saturated coordinator; 800: about 1 200 trials/s with 16 workers)',
      ).argParser(int('--scale-think-ms')),
    )
    .addOption(
      new Option(
        '--scale-saturation <list>',
        'scale: simulated workers per step against two coordinators on one PostgreSQL, or none (default 10,100,250,500,1000; quick 10,100,1000)',
      ).argParser((v) => (v === 'none' ? [] : counts('--scale-saturation')(v))),
    )
    .addOption(
      new Option(
        '--scale-lease-lag-target-ms <ms>',
        "scale: the coordinators' --lease-lag-target-ms (default: theirs, 10; 0: LeaseWork never holds bundles back)",
      ).argParser((v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0)
          throw new InvalidArgumentError('--scale-lease-lag-target-ms: expected an integer >= 0');
        return n;
      }),
    )
    .addOption(
      new Option(
        '--scale-saturation-trials <n>',
        'scale: sweep size of the saturation part (default 300000; quick 200000)',
      ).argParser(int('--scale-saturation-trials')),
    );
}

const counts = (name: string) => (v: string) => {
  try {
    return parseCounts(name, v);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
};
const dialects = (v: string): ScaleDialect[] => {
  const out = v.split(',').map((s) => s.trim());
  if (out.length === 0 || out.some((d) => d !== 'sqlite' && d !== 'postgres'))
    throw new InvalidArgumentError(`--scale-dialects: expected sqlite and/or postgres, got "${v}"`);
  return out as ScaleDialect[];
};

interface RawOptions {
  only?: string;
  repeats: number;
  repeatsFor: string;
  quick?: boolean;
  json?: string;
  markdown?: string;
  backends?: string;
  orchestrationTrials?: number;
  overheadTrials?: number;
  overheadTrialSeconds?: number;
  workerTrials?: number;
  sweepTrials?: number;
  memoryWindow?: number;
  storeTrials?: number;
  storeResults?: number;
  pg?: string;
  reportTrials?: number;
  mainJobSweep: string;
  scaleSizes?: number[];
  scaleDialects?: ScaleDialect[];
  scaleTrain?: number;
  scaleTrainSeconds?: number;
  scaleWorkers?: number;
  scaleThinkMs?: number;
  scaleSaturation?: number[];
  scaleSaturationTrials?: number;
  scaleLeaseLagTargetMs?: number;
}

function benchOptions(raw: RawOptions, machine: MachineInfo): BenchOptions {
  const q = raw.quick === true;
  const pick = (v: number | undefined, full: number, quick: number) => v ?? (q ? quick : full);
  const available = machine.backends.filter((b) => b.available).map((b) => b.name as string);
  return {
    repeats: raw.repeats,
    repeatsFor: parseRepeatsFor(raw.repeatsFor),
    quick: q,
    backends: raw.backends ? raw.backends.split(',').map((s) => s.trim()) : available,
    orchestrationTrials: pick(raw.orchestrationTrials, 50_000, 5_000),
    overheadTrials: pick(raw.overheadTrials, 60, 8),
    overheadTrialSeconds: pick(raw.overheadTrialSeconds, 1, 0.5),
    workerTrials: pick(raw.workerTrials, 5000, 200),
    sweepTrials: pick(raw.sweepTrials, 100_000, 10_000),
    memoryWindowS: pick(raw.memoryWindow, 60, 15),
    storeTrials: pick(raw.storeTrials, 100_000, 10_000),
    storeResults: pick(raw.storeResults, 10_000, 2_000),
    pg: raw.pg ?? (process.env['THRESHER_TEST_PG_URL'] || 'auto'),
    pgSettings: undefined,
    reportTrials: pick(raw.reportTrials, 100_000, 10_000),
    mainJobSweep: raw.mainJobSweep,
    scale: scaleOptions(raw, q),
  };
}

function scaleOptions(raw: RawOptions, quick: boolean): BenchOptions['scale'] {
  const d = scaleDefaults(quick);
  return {
    ...d,
    sizes: raw.scaleSizes ?? d.sizes,
    dialects: raw.scaleDialects ?? ['sqlite', 'postgres'],
    ...(raw.scaleTrain !== undefined ? { train: raw.scaleTrain } : {}),
    trainSeconds: raw.scaleTrainSeconds ?? d.trainSeconds,
    workers: raw.scaleWorkers ?? d.workers,
    thinkMs: raw.scaleThinkMs ?? d.thinkMs,
    saturation: raw.scaleSaturation ?? d.saturation,
    saturationTrials: raw.scaleSaturationTrials ?? d.saturationTrials,
    ...(raw.scaleLeaseLagTargetMs !== undefined
      ? { leaseLagTargetMs: raw.scaleLeaseLagTargetMs }
      : {}),
  };
}

/** `auto`: the project's throwaway cluster (idempotent start); undefined when none can run. */
async function resolvePostgres(options: BenchOptions, out: (s: string) => void): Promise<void> {
  if (options.pg === 'none') options.pg = undefined;
  if (options.pg === 'auto') {
    options.pg = undefined;
    try {
      const printed = execFileSync('bash', [path.join(ROOT, 'tools/scripts/start-postgres.sh')], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 120_000,
      });
      options.pg = /THRESHER_TEST_PG_URL=(\S+)/.exec(printed)?.[1];
    } catch (err) {
      out(
        `PostgreSQL: tools/scripts/start-postgres.sh failed: ${String((err as Error).message).split('\n')[0]}`,
      );
    }
  }
  if (!options.pg) return;
  try {
    const settings: string[] = [];
    for (const name of ['server_version', 'fsync', 'synchronous_commit']) {
      const r = await runReadOnlyQuery(options.pg, `SHOW ${name}`);
      settings.push(`${name}=${String(r.rows[0]?.[0])}`);
    }
    options.pgSettings = settings.join(', ');
  } catch (err) {
    out(`PostgreSQL at ${redact(options.pg)} unreachable: ${(err as Error).message}`);
    options.pg = undefined;
  }
}

function parseRepeatsFor(text: string): Partial<Record<SectionKey, number>> {
  const out: Partial<Record<SectionKey, number>> = {};
  for (const item of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [key, value] = item.split('=');
    const n = Number(value);
    if (!(SECTION_KEYS as readonly string[]).includes(key ?? '') || !Number.isInteger(n) || n < 1) {
      throw new InvalidArgumentError(
        `--repeats-for: expected SECTION=N with N >= 1, got "${item}"`,
      );
    }
    out[key as SectionKey] = n;
  }
  return out;
}

function selected(only: string | undefined): SectionKey[] {
  if (!only) return [...SECTION_KEYS];
  const keys = only
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const k of keys) {
    if (!(SECTION_KEYS as readonly string[]).includes(k)) {
      throw new InvalidArgumentError(
        `--only: unknown section "${k}" (expected ${SECTION_KEYS.join(', ')})`,
      );
    }
  }
  return keys as SectionKey[];
}

function defaultJsonPath(started: Date): string {
  return path.join(
    'bench-results',
    `bench-${started.toISOString().replace(/:/g, '-').replace(/\..+$/, '')}.json`,
  );
}

async function main(argv: string[]): Promise<number> {
  // Training is compared per core with the one-thread numpy reference: one TensorFlow thread
  // too (read when the native backend loads, so set before any section runs).
  process.env['TF_NUM_INTRAOP_THREADS'] ??= '1';
  process.env['TF_NUM_INTEROP_THREADS'] ??= '1';
  const cli = program().exitOverride();
  let raw: RawOptions;
  let keys: SectionKey[];
  try {
    raw = cli.parse(argv, { from: 'user' }).opts<RawOptions>();
    keys = selected(raw.only);
    parseRepeatsFor(raw.repeatsFor); // validated here, used below
  } catch (err) {
    if (
      (err as { code?: string }).code === 'commander.helpDisplayed' ||
      (err as { code?: string }).code === 'commander.version'
    )
      return 0;
    if (err instanceof InvalidArgumentError) process.stderr.write(`bench: ${err.message}\n`);
    return 2;
  }
  const started = new Date();
  const machine = await machineInfo();
  const options = benchOptions(raw, machine);
  if (keys.includes('store') || keys.includes('scale'))
    await resolvePostgres(options, (s) => process.stdout.write(`${s}\n`));
  const jsonPath = path.resolve(raw.json ?? defaultJsonPath(started));
  const out = (s = '') => process.stdout.write(`${s}\n`);

  out(`Thresher benchmarks, ${started.toISOString()}`);
  out(
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, node ${machine.node}, ${machine.platform}`,
  );
  out(
    `backends: ${machine.backends.map((b) => `${b.name} ${b.available ? `(${b.version})` : `unavailable: ${b.reason}`}`).join('; ')}`,
  );
  out(
    `load average at start: ${machine.loadAverage.join(' ')} (other processes on this machine load it too)`,
  );
  out(
    `repeats: ${options.repeats}${Object.entries(options.repeatsFor)
      .map(([k, n]) => `, ${k} ${n}`)
      .join('')}` + (options.quick ? '; quick sizes' : ''),
  );

  const results: SectionResult[] = [];
  const file = (): BenchFile => ({
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    command: ['node', 'tools/dist/bench/main.js', ...argv].join(' '),
    options: { ...options, pg: options.pg ? redact(options.pg) : undefined },
    machine,
    sections: results,
  });
  const save = () => {
    mkdirSync(path.dirname(jsonPath), { recursive: true });
    writeFileSync(jsonPath, `${JSON.stringify(file(), null, 2)}\n`);
    if (raw.markdown) writeFileSync(raw.markdown, renderMarkdown(file()));
  };

  for (const section of SECTIONS.filter((s) => keys.includes(s.key))) {
    const repeats = options.repeatsFor[section.key] ?? options.repeats;
    const notes = section.notes(options);
    out();
    out(`== ${section.title} ==`);
    for (const n of notes) out(`  ${n}`);
    const loadBefore = loadAverage()[0] ?? Number.NaN;
    const t0 = performance.now();
    const measured: Measurement[][] = [];
    const runs: unknown[] = [];
    let error: string | null = null;
    for (let r = 0; r < repeats; r++) {
      try {
        const run = await section.run(options);
        measured.push(run.measurements);
        runs.push(run.raw);
        if (run.errors?.length) error = [error, ...run.errors].filter(Boolean).join('\n');
      } catch (err) {
        error = [error, (err as Error)?.message ?? String(err)].filter(Boolean).join('\n');
        break;
      }
    }
    const figures = summarize(measured);
    const result: SectionResult = {
      key: section.key,
      title: section.title,
      repeats: measured.length,
      notes,
      loadBefore,
      loadAfter: loadAverage()[0] ?? Number.NaN,
      seconds: Math.round((performance.now() - t0) / 100) / 10,
      figures,
      runs,
      error,
    };
    results.push(result);
    if (figures.length) out(formatTable(figures));
    if (error) out(`  problems: ${error.split('\n').slice(0, 12).join('\n  ')}`);
    out(
      `  (${measured.length} run(s), ${result.seconds} s, load average ${result.loadBefore} before, ${result.loadAfter} after)`,
    );
    save(); // a long run keeps what it measured so far
  }
  save();
  out();
  const shown = path.relative(process.cwd(), jsonPath);
  out(`figures written to ${shown.startsWith('..') ? jsonPath : shown}`);
  return results.some((r) => r.error) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(1);
  },
);
