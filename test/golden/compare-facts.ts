// Narrative facts as compact tuples: each expected statement must be found among the parser's
// facts with the same subject, scope and section, and its pinned figures equal. One actual fact
// may carry two expected statements (a sentence stating the amount and one stating the change).
import type { Change, FactSubject, NarrativeFact } from '../../src/model/narrative.js';
import { note, type Report } from './compare.js';
import type { ExpectedFact, ExpectedSubject } from './expected-types.js';
import { loose, numberKey } from './text-norm.js';

export function subjectLabel(s: ExpectedSubject | FactSubject): string {
  switch (s.kind) {
    case 'total':
      return `total(${s.side ?? '?'})`;
    case 'revenue':
      return `revenue(${s.source})`;
    case 'expenditure':
      return s.type;
    case 'function':
      return `function ${s.level} ${s.code ?? s.path?.join('/') ?? '?'}`;
    case 'economic-group':
      return s.group;
    case 'three-public':
      return `三公(${s.item})`;
    case 'carryover':
      return `carryover(${s.source})`;
    case 'operating-costs':
      return 'operating-costs';
  }
}

function sameSubject(e: ExpectedSubject, a: FactSubject): boolean {
  if (e.kind !== a.kind) return false;
  switch (e.kind) {
    case 'total':
      return e.side === undefined || e.side === (a as typeof e).side;
    case 'function': {
      const f = a as Extract<FactSubject, { kind: 'function' }>;
      return e.level === f.level && (e.code === undefined || e.code === f.code);
    }
    default:
      return JSON.stringify(e) === JSON.stringify(a);
  }
}

const inSection = (e: ExpectedFact, a: NarrativeFact) =>
  numberKey(e.section) === numberKey(a.section) &&
  numberKey(e.parent ?? '') === numberKey(a.parent ?? '');

export function factLabel(e: ExpectedFact): string {
  const sec = e.parent ? `${e.parent}（${e.section}）` : e.section;
  return `facts[${sec} L${e.line} ${subjectLabel(e.subject)} ${e.scope}]`;
}

/** Differences between an expected statement and a fact (empty when it matches). */
function figureDiffs(e: ExpectedFact, a: NarrativeFact): [string, unknown, unknown][] {
  const d: [string, unknown, unknown][] = [];
  if (e.amount !== undefined && a.amount !== e.amount) d.push(['amount', e.amount, a.amount]);
  if (e.share !== undefined && a.share !== e.share) d.push(['share', e.share, a.share]);
  if (e.notArranged && !a.notArranged) d.push(['notArranged', true, a.notArranged]);
  if (e.change) d.push(...changeDiffs(e.change, a.change));
  if (e.subject.kind === 'function' && e.subject.path && a.subject.kind === 'function') {
    const want = e.subject.path.map(loose).join('/');
    if (a.subject.path.map(loose).join('/') !== want)
      d.push(['subject.path', e.subject.path, a.subject.path]);
  }
  return d;
}

/** 增加 0.00万元 may be read as increase or as unchanged: both are right for a zero change. */
function changeDiffs(e: Change, a: Change | undefined): [string, unknown, unknown][] {
  if (!a) return [['change', e, undefined]];
  const d: [string, unknown, unknown][] = [];
  const zero = (e.amount ?? 0) === 0 && (e.percent ?? 0) === 0;
  if (a.direction !== e.direction && !(zero && a.direction === 'unchanged'))
    d.push(['change.direction', e.direction, a.direction]);
  if (e.amount !== undefined && a.amount !== e.amount && !(zero && a.amount === undefined))
    d.push(['change.amount', e.amount, a.amount]);
  if (e.percent !== undefined && a.percent !== e.percent)
    d.push(['change.percent', e.percent, a.percent]);
  return d;
}

/** Compare the statements; returns the actual facts no expected statement matched. */
export function compareFacts(
  report: Report,
  expected: readonly ExpectedFact[],
  actual: readonly NarrativeFact[],
): NarrativeFact[] {
  const used = new Set<NarrativeFact>();
  for (const e of expected) {
    const path = factLabel(e);
    const same = actual.filter((a) => sameSubject(e.subject, a.subject) && a.scope === e.scope);
    const here = same.filter((a) => inSection(e, a));
    const exact = here.find((a) => figureDiffs(e, a).length === 0);
    if (exact) {
      used.add(exact);
      continue;
    }
    if (here.length > 0) {
      const best = [...here].sort(
        (x, y) => figureDiffs(e, x).length - figureDiffs(e, y).length,
      )[0] as NarrativeFact;
      used.add(best);
      for (const [field, want, got] of figureDiffs(e, best))
        report.miss(`${path}.${field}`, want, got);
      continue;
    }
    const otherScope = actual.find(
      (a) => sameSubject(e.subject, a.subject) && inSection(e, a) && figureDiffs(e, a).length === 0,
    );
    if (otherScope) {
      used.add(otherScope);
      report.miss(`${path}.scope`, e.scope, otherScope.scope);
      continue;
    }
    const elsewhere = same.find((a) => figureDiffs(e, a).length === 0);
    if (elsewhere) {
      used.add(elsewhere);
      const where = elsewhere.parent
        ? `${elsewhere.parent}/${elsewhere.section}`
        : elsewhere.section;
      report.miss(`${path}.section`, e.parent ? `${e.parent}/${e.section}` : e.section, where);
      continue;
    }
    report.miss(path, note(describe(e)), note('(no such fact)'));
  }
  return actual.filter((a) => !used.has(a));
}

function describe(e: ExpectedFact): string {
  const parts = [
    e.amount !== undefined ? `amount ${e.amount}` : '',
    e.share !== undefined ? `share ${e.share}%` : '',
    e.change ? `${e.change.direction} ${e.change.amount ?? ''} ${e.change.percent ?? ''}%` : '',
    e.notArranged ? '未安排' : '',
  ];
  return `a fact (${parts.filter(Boolean).join(', ')})`;
}

export function describeFact(a: NarrativeFact): string {
  const sec = a.parent ? `${a.parent}/${a.section}` : a.section;
  const ch = a.change
    ? ` change ${a.change.direction} ${a.change.amount ?? ''} ${a.change.percent ?? ''}%`
    : '';
  return `${sec} L${a.at?.line ?? '?'} ${subjectLabel(a.subject)} ${a.scope} amount ${a.amount ?? '-'} share ${a.share ?? '-'}${ch}${a.notArranged ? ' 未安排' : ''}: "${a.text.slice(0, 40)}"`;
}
