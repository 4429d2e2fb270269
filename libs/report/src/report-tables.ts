import { budgetShort, unconvergedText } from './budget-lines';
import { fmtInterval, fmtNum, fmtStat, shortVerdict } from './format';
import type { GroupReport, NSummary, ReportModel } from './report-model';

/**
 * The report's tables as rows of strings, shared by the HTML and Markdown renderers so both show
 * exactly the same numbers.
 */
export interface Table {
  head: string[];
  rows: string[][];
  /** Columns holding numbers (right-aligned). */
  numeric: boolean[];
}

export function thresholdTable(model: ReportModel): Table {
  return {
    head: [
      'group',
      'verdict',
      'n*',
      '95% CI',
      'k',
      'RMS residual',
      'trials',
      'seeds',
      'n range',
      'budget',
      'unconverged',
    ],
    numeric: [false, false, true, true, true, true, true, true, true, false, true],
    rows: model.groups.map((g) => {
      const t = g.threshold;
      return [
        g.label,
        shortVerdict(t),
        fmtNum(t.nStar),
        t.ci ? `${fmtInterval(t.ci.lo, t.ci.hi)}${t.ciWarnings.length > 0 ? ' (!)' : ''}` : '—',
        fmtNum(t.k),
        fmtNum(t.rms),
        String(t.trials),
        String(t.seeds),
        t.nRange ? `${t.nRange.min}–${t.nRange.max}` : '—',
        budgetShort(g),
        unconvergedText(g),
      ];
    }),
  };
}

/** n*(t) of one group: one row per fitted step. */
export function overTimeTable(group: GroupReport): Table | null {
  const over = group.overTime;
  if (!over) return null;
  return {
    head: ['step', 'verdict', 'n*', '95% CI', 'trials'],
    numeric: [true, false, true, true, true],
    rows: over.nStar.map((f) => [
      String(f.step),
      shortVerdict(f),
      fmtNum(f.nStar),
      f.ci ? fmtInterval(f.ci.lo, f.ci.hi) : '—',
      String(f.trials),
    ]),
  };
}

/** One line per interval warning, "label: warning", for the note under every threshold table. */
export function intervalWarningLines(model: ReportModel): string[] {
  return model.groups.flatMap((g) =>
    g.threshold.ciWarnings.map((w) => `${g.label || 'all trials'}: ${w}`),
  );
}

export function powerLawTable(model: ReportModel): Table {
  return {
    head: [
      'parameter',
      'family',
      'alpha',
      '95% CI (bootstrap)',
      '95% t-interval',
      'c',
      'R²',
      'groups with n*',
    ],
    numeric: [false, false, true, true, true, true, true, true],
    rows: model.powerLaws.map((law) => {
      const f = law.fit;
      const withThreshold = law.groups.filter((g) => g.nStar !== null).length;
      return [
        law.param,
        law.label || '—',
        f ? fmtNum(f.alpha) : (law.note ?? '—'),
        f?.ci ? fmtInterval(f.ci.lo, f.ci.hi) : '—',
        f?.tInterval ? fmtInterval(f.tInterval.lo, f.tInterval.hi) : '—',
        f ? fmtNum(f.c) : '—',
        fmtNum(f?.r2 ?? null),
        `${withThreshold} of ${law.groups.length}`,
      ];
    }),
  };
}

function summaryRow(s: NSummary): string[] {
  return [
    String(s.n),
    `${s.done} / ${s.total}`,
    String(s.failed),
    String(s.unconverged),
    fmtStat(s.metrics.train_loss),
    fmtStat(s.ols.ols_train_loss),
    fmtStat(s.metrics.test_loss),
    fmtStat(s.ols.ols_test_loss),
    fmtStat(s.metrics.excess_risk),
    fmtStat(s.ols.ols_excess_risk),
    fmtStat(s.metrics.interp_ratio),
    fmtStat(s.metrics.test_ratio),
    fmtStat(s.metrics.aligned_fraction),
  ];
}

/** Per-n means [95% interval] over seeds, with the OLS value beside each loss. */
export function summaryTable(group: GroupReport): Table {
  return {
    head: [
      'n',
      'done',
      'failed',
      'unconv.',
      'train_loss',
      'OLS train',
      'test_loss',
      'OLS test',
      'excess_risk',
      'OLS excess',
      'interp_ratio',
      'test_ratio',
      'aligned',
    ],
    numeric: Array(13).fill(true) as boolean[],
    rows: group.byN.map(summaryRow),
  };
}

/** "d=5, noise=0.5, ..." : every shared parameter of a group. */
export function paramsLine(group: GroupReport): string {
  return Object.entries(group.params)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
}

/** Per n: the step at which half of the neuron mass is aligned (null without per-step data). */
export function alignmentTable(group: GroupReport): Table | null {
  const alignment = group.overTime?.alignment;
  if (!alignment) return null;
  return {
    head: ['n', 'half-aligned step (median)', 'seeds that got there'],
    numeric: [true, true, true],
    rows: alignment.halfStep.map((h) => [
      String(h.n),
      h.step === null ? 'never' : fmtNum(h.step),
      `${h.reached} of ${h.trials}`,
    ]),
  };
}
