/**
 * The bench JSON file as Markdown: the targets of the issues with the figure that judges each,
 * then every section's table. BENCHMARKS.md is written from it.
 *
 *   node tools/dist/bench/bench-markdown.js bench-results/bench-<date>.json > figures.md
 */
import { readFileSync } from 'node:fs';
import type { BenchFile, SectionResult } from './bench-file';
import type { Figure } from './bench-table';

interface TargetRow {
  target: string;
  section: SectionResult['key'];
  /** Figures judging it (every match is listed). */
  figure: RegExp;
}

/** The targets of the issues, in the order BENCHMARKS.md lists them. */
export const TARGETS: TargetRow[] = [
  {
    target: 'native backend >= 1.0x numpy reference at (512,256,5)',
    section: 'training',
    figure: /^tensorflow \(512,256,5\) \/ numpy$/,
  },
  {
    target: 'native backend >= 1.0x numpy reference at (4096,1024,20)',
    section: 'training',
    figure: /^tensorflow \(4096,1024,20\) \/ numpy$/,
  },
  ...(
    [
      ['(4096,1024,5)', 3],
      ['(512,256,5)', 3],
      ['(4096,1024,20)', 2],
    ] as const
  ).map(([shape, x]): TargetRow => ({
    target: `graph engine >= ${x}x numpy at ${shape}, CPU time (issue 28)`,
    section: 'training',
    figure: new RegExp(`^tensorflow graph ${shape.replace(/[()]/g, '\\$&')} / numpy, CPU time$`),
  })),
  {
    target: 'graph engine 16 x (64,256,5) batched >= 3x numpy one trial, CPU time (issue 28)',
    section: 'training',
    figure: /^tensorflow graph \(64,256,5\) x16 \/ numpy one trial, CPU time$/,
  },
  {
    target: 'graph engine >= 2x JAX at every shape, CPU time (issue 28)',
    section: 'training',
    figure: /^tensorflow graph .* \/ JAX, CPU time$/,
  },
  {
    target: 'one (512,256,5) trial, thresher run --workers 1, >= 2x numpy ideal (issue 28)',
    section: 'training',
    figure: /^numpy ideal \/ thresher run graph/,
  },
  {
    target: '16 small trials batched >= 3x faster than one after another',
    section: 'training',
    figure: /16 trials batched \/ sequential$/,
  },
  {
    target: 'store: 100k-trial sweep insert < 5 s (SQLite)',
    section: 'store',
    figure: /^sqlite insertSweep \(trials\)$/,
  },
  {
    target: 'store: 10k results with 50-point curves >= 2000/s (SQLite)',
    section: 'store',
    figure: /^sqlite lease/,
  },
  {
    target: 'store: trial_results group-by over 100k rows < 1 s (SQLite)',
    section: 'store',
    figure: /^sqlite trial_results GROUP BY/,
  },
  {
    target: 'store: 100k-trial sweep insert < 5 s (PostgreSQL)',
    section: 'store',
    figure: /^postgres insertSweep \(trials\)$/,
  },
  {
    target: 'store: 10k results with 50-point curves >= 2000/s (PostgreSQL)',
    section: 'store',
    figure: /^postgres lease/,
  },
  {
    target: 'store: trial_results group-by over 100k rows < 1 s (PostgreSQL)',
    section: 'store',
    figure: /^postgres trial_results GROUP BY/,
  },
  {
    target: 'orchestration: >= 1000 one-step trials/s, two workers, SQLite',
    section: 'orchestration',
    figure: /^one-step trials\/s$/,
  },
  {
    target: 'orchestration: 1000 ~1 s trials within 2% of ideal',
    section: 'orchestration',
    figure: /^overhead vs ideal/,
  },
  {
    target: 'orchestration: coordinator memory flat on a 100k sweep',
    section: 'memory',
    figure: /^coordinator RSS slope$/,
  },
  { target: 'report: 100k trials < 10 s', section: 'report', figure: /^build\+html/ },
  {
    target: 'main job (examples/quick.yaml) < 3 min on 2 cores',
    section: 'main-job',
    figure: /^thresher run /,
  },
  { target: 'worker RSS flat over 1000 trials', section: 'memory', figure: /^worker RSS slope$/ },
];

const num = (v: number) => (Number.isFinite(v) ? String(v) : '-');
const met = (f: Figure) =>
  f.met === null ? (f.target ? 'not measured' : '') : f.met ? 'yes' : '**no**';
const esc = (s: string) => s.replace(/\|/g, '\\|');

function figureCell(f: Figure): string {
  if (!Number.isFinite(f.median)) return `${esc(f.name)}: not measured`;
  const spread = f.min !== f.max ? ` (${num(f.min)} to ${num(f.max)})` : '';
  return `${esc(f.name)}: ${num(f.median)}${spread} ${f.unit}`;
}

export function targetsTable(file: BenchFile): string {
  const lines = ['| Target | Figure (median, min to max) | Met |', '| --- | --- | --- |'];
  for (const t of TARGETS) {
    const section = file.sections.find((s) => s.key === t.section);
    const figures =
      section?.figures.filter((f) => f.target !== null && t.figure.test(f.name)) ?? [];
    if (figures.length === 0) {
      const why = !section
        ? 'section not run'
        : section.error
          ? `not available: ${section.error.split('\n')[0]}`
          : 'not measured';
      lines.push(`| ${esc(t.target)} | ${esc(why)} | not measured |`);
      continue;
    }
    for (const f of figures) lines.push(`| ${esc(t.target)} | ${figureCell(f)} | ${met(f)} |`);
  }
  return lines.join('\n');
}

export function sectionTable(section: SectionResult): string {
  const lines = [
    `### ${section.title}`,
    '',
    ...section.notes.map((n) => `- ${n}`),
    `- ${section.repeats} run(s) in ${section.seconds} s; 1-minute load average ${section.loadBefore} before, ${section.loadAfter} after`,
    ...(section.error
      ? section.error
          .split('\n')
          .filter((l) => l.trim())
          .slice(0, 4)
          .map((l) => `- problem: ${l.trim()}`)
      : []),
    '',
  ];
  if (section.figures.length) {
    lines.push(
      '| Figure | Median | Min | Max | Unit | Target | Met |',
      '| --- | ---: | ---: | ---: | --- | --- | --- |',
    );
    for (const f of section.figures) {
      lines.push(
        `| ${esc(f.name)} | ${num(f.median)} | ${num(f.min)} | ${num(f.max)} | ${f.unit} | ${esc(f.target ?? '')} | ${met(f)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function renderMarkdown(file: BenchFile): string {
  const m = file.machine;
  const backends = m.backends
    .map((b) => `${b.name} ${b.available ? b.version : `unavailable (${b.reason})`}`)
    .join(', ');
  return [
    `Run ${file.startedAt} to ${file.finishedAt}: \`${file.command}\``,
    '',
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform} ${m.kernel}; backends: ${backends}. ` +
      `Load average (1, 5, 15 min) at the start: ${m.loadAverage.join(', ')}.`,
    '',
    '## Targets',
    '',
    targetsTable(file),
    '',
    '## Figures',
    '',
    ...file.sections.map(sectionTable),
  ].join('\n');
}

if (require.main === module) {
  const input = process.argv[2];
  if (!input) {
    process.stderr.write('usage: bench-markdown FILE.json\n');
    process.exitCode = 2;
  } else {
    process.stdout.write(renderMarkdown(JSON.parse(readFileSync(input, 'utf8')) as BenchFile));
  }
}
