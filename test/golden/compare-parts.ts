// The parts other than tables and facts: overview, sections, projects, undisclosed, 绩效目标表,
// glossary. Lists are matched by their key (number, name), so one missing entry does not shift
// every later comparison.
import type { GlossaryEntry } from '../../src/model/disclosure.js';
import type { NarrativeSection } from '../../src/model/narrative.js';
import type { Overview } from '../../src/model/overview.js';
import type { Indicator, IndicatorValue, PerformanceTarget } from '../../src/model/performance.js';
import type { Project, Undisclosed } from '../../src/model/project.js';
import { compareValue, note, type Report } from './compare.js';
import type {
  ExpectedIndicator,
  ExpectedOverview,
  ExpectedProject,
  ExpectedSection,
  ExpectedTarget,
  ExpectedUndisclosed,
} from './expected-types.js';
import { loose, numberKey, withoutClosingStop } from './text-norm.js';

export function compareOverview(report: Report, e: ExpectedOverview, a: Overview): void {
  // A function keeps its closing "；" or not: the separator between numbered items is layout.
  const functions = a.functions.map((f) => f.replace(/[；;]\s*$/, ''));
  compareValue(report, 'overview.functions', e.functions, functions);
  compareValue(report, 'overview.internalUnits', e.internalUnits, a.internalUnits);
  compareValue(report, 'overview.budgetUnits', e.budgetUnits, a.budgetUnits);
  compareValue(report, 'overview.staffing', e.staffing, a.staffing);
}

const sectionKey = (s: { number: string; parent?: string }) =>
  `${numberKey(s.parent ?? '')}/${numberKey(s.number)}`;

/** Compare sections; returns the parser's sections no expected one matched. */
export function compareSections(
  report: Report,
  expected: readonly ExpectedSection[],
  actual: readonly NarrativeSection[],
): NarrativeSection[] {
  const free = [...actual];
  for (const e of expected) {
    const path = `sections[${e.parent ? `${e.parent}（${e.number}）` : e.number}]`;
    const i = free.findIndex((a) => sectionKey(a) === sectionKey(e));
    if (i < 0) {
      report.miss(path, note(`a section "${e.title}"`), note('(missing)'));
      continue;
    }
    const a = free.splice(i, 1)[0] as NarrativeSection;
    compareValue(report, `${path}.title`, e.title, a.title);
    compareValue(report, `${path}.text`, e.text, a.text);
  }
  return free;
}

export function compareProjects(
  report: Report,
  expected: readonly ExpectedProject[],
  actual: readonly Project[],
): void {
  const free = [...actual];
  for (const e of expected) {
    const path = `projects[${e.number} ${e.name}]`;
    const byNumber = free.findIndex(
      (a) => numberKey(a.number ?? '') === numberKey(e.number) && loose(a.name) === loose(e.name),
    );
    const i = byNumber >= 0 ? byNumber : free.findIndex((a) => loose(a.name) === loose(e.name));
    if (i < 0) {
      report.miss(path, note('a project'), note('(missing)'));
      continue;
    }
    const a = free.splice(i, 1)[0] as Project;
    compareValue(report, `${path}.number`, numberKey(e.number), numberKey(a.number ?? ''));
    compareValue(report, `${path}.basis`, e.basis, a.basis);
    compareValue(report, `${path}.scale`, e.scale, a.scale);
    compareValue(report, `${path}.unit`, e.unit, a.unit);
    compareValue(report, `${path}.owner`, e.owner, withoutClosingStop(a.owner ?? ''));
    compareValue(report, `${path}.period`, e.period, withoutClosingStop(a.period ?? ''));
    compareValue(report, `${path}.allocation.text`, e.allocation.text, a.allocation?.text);
    if (e.allocation.items) compareItems(report, `${path}.allocation.items`, e.allocation.items, a);
  }
  for (const a of free)
    report.miss(`projects[${a.number ?? '?'} ${a.name}]`, note('(no such project)'), a.name);
}

/** Items in printed order; a name matches when the printed name contains the expected phrase. */
function compareItems(
  report: Report,
  path: string,
  expected: readonly { name: string; amount: number }[],
  a: Project,
): void {
  const items = a.allocation?.items ?? [];
  if (items.length !== expected.length)
    report.miss(`${path}.length`, expected.length, items.length);
  expected.forEach((x, i) => {
    const got = items[i];
    if (!got) return report.miss(`${path}[${i}]`, x, note('(missing)'));
    if (got.amount !== x.amount) report.miss(`${path}[${i}].amount`, x.amount, got.amount);
    if (!loose(got.name).includes(loose(x.name)))
      report.miss(`${path}[${i}].name`, x.name, got.name);
  });
}

export function compareUndisclosed(
  report: Report,
  expected: readonly ExpectedUndisclosed[],
  actual: readonly Undisclosed[],
): void {
  const free = [...actual];
  for (const e of expected) {
    const path = `undisclosed[${e.kind} ${e.what}]`;
    const i = free.findIndex((a) => a.kind === e.kind && a.what === e.what);
    const j = i >= 0 ? i : free.findIndex((a) => a.amount === e.amount);
    if (j < 0) {
      report.miss(path, note(`${e.kind} ${e.what} ${e.amount ?? ''}`), note('(missing)'));
      continue;
    }
    compareValue(report, path, e, free.splice(j, 1)[0]);
  }
  for (const a of free) report.miss(`undisclosed[${a.kind} ${a.what}]`, note('(no such entry)'), a);
}

export function findTarget(
  actual: readonly PerformanceTarget[],
  e: ExpectedTarget,
  taken: Set<PerformanceTarget>,
): PerformanceTarget | undefined {
  return actual.find(
    (a) =>
      !taken.has(a) &&
      a.kind === e.kind &&
      loose(a.project ?? '') === loose(e.project ?? '') &&
      loose(a.unit ?? '') === loose(e.unit),
  );
}

export function targetLabel(e: ExpectedTarget): string {
  return e.kind === 'department' ? 'department' : `${e.project}@${e.unit.slice(-6)}`;
}

export function compareTarget(report: Report, e: ExpectedTarget, a: PerformanceTarget | undefined) {
  const path = `performance[${targetLabel(e)}]`;
  if (!a) return report.miss(path, note('a 绩效目标表'), note('(missing)'));
  for (const k of ['year', 'unit', 'project', 'manager', 'contact', 'funds', 'goal'] as const)
    compareValue(report, `${path}.${k}`, e[k], a[k]);
  const free = [...a.indicators];
  for (const x of e.indicators) {
    const at = `${path}.indicators[${x.name}]`;
    const i = free.findIndex((ind) => loose(ind.name) === loose(x.name));
    if (i < 0) {
      report.miss(at, note('an indicator'), note('(missing)'));
      continue;
    }
    compareIndicator(report, at, x, free.splice(i, 1)[0] as Indicator);
  }
  for (const ind of free)
    report.miss(`${path}.indicators[${ind.name}]`, note('(no such indicator)'), ind);
}

function compareIndicator(report: Report, at: string, x: ExpectedIndicator, a: Indicator): void {
  compareValue(report, `${at}.level1`, x.level1, a.level1);
  compareValue(report, `${at}.level2`, x.level2, a.level2);
  compareIndicatorValue(report, `${at}.value`, x.value, a.value);
  compareValue(report, `${at}.basis`, x.basis, a.basis);
  if (x.lastYear === '-') {
    // A dash: nothing was achieved last year; absent or kept as printed are both right.
    if (a.lastYear && !/^[-—－–]$/.test(a.lastYear.text.trim()))
      report.miss(`${at}.lastYear`, note('(a dash)'), a.lastYear);
  } else if (x.lastYear) compareIndicatorValue(report, `${at}.lastYear`, x.lastYear, a.lastYear);
  compareValue(report, `${at}.weight`, x.weight, a.weight);
  compareValue(report, `${at}.scoring`, x.scoring, a.scoring);
  compareValue(report, `${at}.evidence`, x.evidence, a.evidence);
}

/** Units compare without enclosing brackets: ＞=50（家/次） has the unit 家/次. */
function compareIndicatorValue(
  report: Report,
  at: string,
  x: IndicatorValue,
  a: IndicatorValue | undefined,
): void {
  if (!a) return report.miss(at, x, undefined);
  compareValue(report, `${at}.text`, x.text, a.text);
  compareValue(report, `${at}.comparator`, x.comparator, a.comparator);
  compareValue(report, `${at}.number`, x.number, a.number);
  const unit = (u: string | undefined) => loose(u ?? '').replace(/^（(.*)）$/, '$1');
  if (x.unit !== undefined && unit(x.unit) !== unit(a.unit))
    report.miss(`${at}.unit`, x.unit, a.unit);
  if (x.number === undefined && a.number !== undefined)
    report.miss(`${at}.number`, undefined, a.number);
}

export function compareGlossary(
  report: Report,
  expected: readonly { term: string; definition: unknown }[],
  actual: readonly GlossaryEntry[],
): void {
  compareValue(report, 'glossary.length', expected.length, actual.length);
  for (const e of expected) {
    const a = actual.find((g) => loose(g.term) === loose(e.term));
    if (!a) report.miss(`glossary[${e.term}]`, note('an entry'), note('(missing)'));
    else compareValue(report, `glossary[${e.term}].definition`, e.definition, a.definition);
  }
}
