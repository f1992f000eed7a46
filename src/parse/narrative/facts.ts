// Strings the clause events of one section into facts. A fact opens at a figure with a subject
// (or a change with one, or "…未安排"), takes the share, change and reason clauses that follow,
// and its text runs to the end of its sentence or to the next fact. A reason runs from
// 主要原因是 to the end of the sentence, or to a "；" followed by the next subject (seed 000 十:
// "…主要原因是…无变化；公务用车购置费增加 0.00万元…"); a "；" inside a reason ("一是…；二是…")
// does not end it. A sentence that opens with 主要原因 or 比上年 continues the last fact (seed 004
// 五: "增长8.76%。主要原因是：…").
import type { AmountUnit } from '../../model/money.js';
import type { Change, NarrativeFact } from '../../model/narrative.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import {
  clauseEvents,
  type Clause,
  type ClauseContext,
  type ClauseEvent,
  type Direction,
} from './clauses.js';
import { scanFigures, type Figure } from './figures.js';
import { expectsFacts, type SectionKind } from './section-kinds.js';
import type { Classified } from './subjects.js';
import { sourceAt, type JoinedText } from '../text/join.js';
import { includesCode } from '../text/prose.js';
import { isWhitespaceCode } from '../../ingest/normalize.js';

export interface FactSection {
  number: string;
  parent?: string;
  kind: SectionKind;
  joined: JoinedText;
}

export interface FactContext {
  year?: number;
  unit: AmountUnit;
}

interface Draft {
  start: number;
  end: number;
  endDelim: string;
  cls: Classified;
  unit: AmountUnit;
  amount?: number;
  share?: number;
  change?: Change;
  reasonStart?: number;
  reasonEnd?: number;
  notArranged?: boolean;
  execution?: NonNullable<NarrativeFact['execution']>;
}

const COVERED = 1;
const UNPLACED = 2;
const SEMICOLONS = new Set(['；', ';']);
const COLONS = new Set(['：', ':']);
const LIST_START = /^\s*\d{1,2}\s*[、.．]/;

/** What readFacts keeps as it strings a section's events into facts. */
interface FactState {
  ctx: FactContext;
  drafts: Draft[];
  /** Per figure (by index): COVERED by a fact, and/or marked UNPLACED (see the end). */
  marks: number[];
  /** The fact that the next share, change or reason clause belongs to. */
  cur: Draft | undefined;
  /** Inside the reason of `cur` (its clauses go on until the reason ends). */
  inReason: boolean;
}

export function readFacts(
  sec: FactSection,
  ctx: FactContext,
  warnings: ParseWarning[],
): NarrativeFact[] {
  if (sec.kind === 'projects') return [];
  const text = sec.joined.text;
  const clauses: Clause[] = [];
  const figures = scanFigures(text, clauses);
  const cctx: ClauseContext = { text, kind: sec.kind, reasonAt: -1, reasonFrom: 0 };
  if (ctx.year !== undefined) cctx.year = ctx.year;
  const st: FactState = {
    ctx,
    drafts: [],
    marks: new Array<number>(figures.length).fill(0),
    cur: undefined,
    inReason: false,
  };
  let lastDelim = '';
  let prev: Clause | undefined;
  let f = 0;

  for (const c of clauses) {
    // Figures never straddle clauses (no cut inside one), so one pointer walks both.
    const from = f;
    while (f < figures.length && (figures[f] as Figure).start < c.end) f++;
    const events = clauseEvents(cctx, c, prev, figures, from, f);
    if (st.inReason && st.cur) {
      const first = events[0];
      const opensFact =
        first?.t === 'subject' ||
        first?.t === 'not-arranged' ||
        (first?.t === 'change' && first.subject !== undefined);
      // A reason also ends where a list of lines begins ("…如下：1、…（01项）1672.67万元", 上海
      // 司法局 2026, whose reason lacks its 。).
      const listStarts =
        COLONS.has(lastDelim) && opensFact && LIST_START.test(cctx.text.slice(c.start, c.end));
      if (lastDelim !== '。' && !(SEMICOLONS.has(lastDelim) && opensFact) && !listStarts) {
        for (let k = from; k < f; k++) mark(st, figures[k] as Figure, COVERED);
        st.cur.reasonEnd = c.end;
        st.cur.end = c.end;
        st.cur.endDelim = c.delim;
        lastDelim = c.delim;
        prev = c;
        continue;
      }
      st.inReason = false;
    }
    if (lastDelim === '。' && st.cur && !continuesSentence(events[0])) st.cur = undefined;
    for (const e of events) {
      const opened = apply(st, e);
      if (opened) {
        st.drafts.push(opened);
        st.cur = opened;
      }
    }
    if (st.inReason && st.cur) st.cur.reasonEnd = c.end;
    if (st.cur) {
      st.cur.end = Math.max(st.cur.end, c.end);
      st.cur.endDelim = c.delim;
    }
    lastDelim = c.delim;
    prev = c;
  }

  if (expectsFacts(sec.kind)) {
    // Unplaced: marked so, or never covered; figures are in order of their start.
    for (const fig of figures)
      if (st.marks[fig.index] !== COVERED) warnings.push(unplacedWarning(sec, fig));
  }
  return st.drafts.map((d) => toFact(sec, d));
}

// The steps of readFacts are functions of their own, not closures made for every section.

function mark(st: FactState, fig: Figure, bit: number): void {
  st.marks[fig.index] = (st.marks[fig.index] as number) | bit;
}

/** Applies one event to the facts read so far; returns a fact it opens. */
function apply(st: FactState, e: ClauseEvent): Draft | undefined {
  const { cur, drafts } = st;
  switch (e.t) {
    case 'subject': {
      mark(st, e.fig, COVERED);
      if (e.fig.amount === undefined) mark(st, e.fig, UNPLACED);
      const d = open(e.start, e.cls, unitOf(st, e.fig));
      if (e.fig.amount !== undefined) d.amount = e.fig.amount;
      return d;
    }
    case 'not-arranged': {
      const d = open(e.start, e.cls, st.ctx.unit);
      d.notArranged = true;
      return d;
    }
    case 'change': {
      const target = e.subject ? open(e.subject.start, e.subject.cls, unitOf(st, e.fig)) : cur;
      if (!target || target.change?.amount !== undefined) {
        mark(st, e.fig, UNPLACED);
        return undefined;
      }
      mark(st, e.fig, COVERED);
      if (e.fig.amount === undefined) mark(st, e.fig, UNPLACED);
      // A percentage printed before the amount ("增长 5%，增加 10万元") is kept.
      const earlier = target.change;
      target.change = changeOf(e.direction, e.fig, e.against ?? earlier?.against);
      if (earlier?.percent !== undefined) target.change.percent = earlier.percent;
      return e.subject ? target : undefined;
    }
    case 'share':
      if (!cur || cur.share !== undefined || e.fig.percent === undefined) {
        mark(st, e.fig, UNPLACED);
        return undefined;
      }
      mark(st, e.fig, COVERED);
      cur.share = e.fig.percent;
      return undefined;
    case 'executed': {
      // Set against the line whose heading came last (the clause follows its explanation).
      const line = drafts.at(-1);
      if (line?.cls.subject.kind !== 'function' || line.execution || e.fig.amount === undefined) {
        mark(st, e.fig, UNPLACED);
        return undefined;
      }
      mark(st, e.fig, COVERED);
      line.execution = { year: e.year, amount: e.fig.amount };
      // The sentence goes on with that line: its 主要原因 explains the change.
      st.cur = line;
      return undefined;
    }
    case 'planned': {
      const execution = drafts.at(-1)?.execution;
      if (!execution || execution.planned !== undefined || e.fig.amount === undefined) {
        mark(st, e.fig, UNPLACED);
        return undefined;
      }
      mark(st, e.fig, COVERED);
      execution.planned = e.fig.amount;
      return undefined;
    }
    case 'percent-change': {
      // "比2025年预算执行数增加5.27%": the change against the execution just stated.
      const execution = e.against?.includes('执行数') ? drafts.at(-1)?.execution : undefined;
      if (execution && !execution.change && e.fig.percent !== undefined) {
        mark(st, e.fig, COVERED);
        execution.change = {
          direction: e.fig.percent === 0 ? 'unchanged' : e.direction,
          percent: e.fig.percent,
          against: e.against!,
        };
        return undefined;
      }
      if (!cur || cur.change?.percent !== undefined || e.fig.percent === undefined) {
        mark(st, e.fig, UNPLACED);
        return undefined;
      }
      mark(st, e.fig, COVERED);
      cur.change ??= { direction: e.fig.percent === 0 ? 'unchanged' : e.direction };
      cur.change.percent = e.fig.percent;
      if (e.against && !cur.change.against) cur.change.against = e.against;
      return undefined;
    }
    case 'reason':
      if (cur && cur.reasonStart === undefined) {
        cur.reasonStart = e.textStart;
        st.inReason = true;
        for (const fig of e.figs) mark(st, fig, COVERED);
      }
      return undefined;
    case 'unchanged':
      if (cur && !cur.change) {
        cur.change = { direction: 'unchanged', ...(e.against ? { against: e.against } : {}) };
      }
      return undefined;
    case 'ignored':
      // An item of its own (a list entry): it ends the span of the fact before it.
      mark(st, e.fig, COVERED);
      st.cur = undefined;
      return undefined;
    case 'unplaced':
      mark(st, e.fig, UNPLACED);
      return undefined;
  }
}

function open(start: number, cls: Classified, unit: AmountUnit): Draft {
  return { start, end: start, endDelim: '', cls, unit };
}

function unitOf(st: FactState, fig: Figure): AmountUnit {
  return fig.unit === '万元' || fig.unit === '元' ? fig.unit : st.ctx.unit;
}

/** Does a new sentence starting with this event go on with the last fact? */
function continuesSentence(e: ClauseEvent | undefined): boolean {
  if (!e) return false;
  if (e.t === 'reason' || e.t === 'percent-change') return true;
  // "公务接待费1.00万元。与2024年预算持平" (上海): a comparison with no subject of its own.
  if (e.t === 'unchanged') return e.against !== undefined;
  return e.t === 'change' && e.subject === undefined && e.against !== undefined;
}

function changeOf(direction: Direction, fig: Figure, against: string | undefined): Change {
  const change: Change = { direction: fig.amount === 0 ? 'unchanged' : direction };
  if (fig.amount !== undefined) change.amount = fig.amount;
  if (against) change.against = against;
  return change;
}

// Punctuation and a dangling "其中" that end a fact's span but are not part of its statement.
// (Stripped from the end by a loop: the regexes /([，,；;：:、\s]|其中)+$/ and /[，,；;：:。\s]+$/
// try every start position.)
const TEXT_TAIL = '，,；;：:、';
const REASON_TAIL = '，,；;：:。';

/** `text` without a tail of `chars`, whitespace and (if `other`) that word. */
function stripTail(text: string, chars: string, other?: string): string {
  let end = text.length;
  for (;;) {
    const c = text.charCodeAt(end - 1);
    if (end > 0 && (isWhitespaceCode(c) || includesCode(chars, c))) end--;
    else if (other && end >= other.length && text.startsWith(other, end - other.length))
      end -= other.length;
    else break;
  }
  return text.slice(0, end);
}

function toFact(sec: FactSection, d: Draft): NarrativeFact {
  const text = sec.joined.text;
  const body = stripTail(text.slice(d.start, d.end), TEXT_TAIL, '其中');
  const { subject, scope } = d.cls;
  const said = d.endDelim === '。' ? `${body}。` : body;
  // Two literals rather than a spread of an optional parent (a spread costs more than the rest of
  // the object); the keys stay in this order.
  const fact: NarrativeFact =
    sec.parent === undefined
      ? { section: sec.number, subject, scope, unit: d.unit, text: said }
      : { section: sec.number, parent: sec.parent, subject, scope, unit: d.unit, text: said };
  if (d.amount !== undefined) fact.amount = d.amount;
  if (d.share !== undefined) fact.share = d.share;
  if (d.change) fact.change = d.change;
  if (d.reasonStart !== undefined) {
    const reason = stripTail(text.slice(d.reasonStart, d.reasonEnd ?? d.reasonStart), REASON_TAIL);
    if (reason !== '') fact.reason = reason;
  }
  if (d.notArranged) fact.notArranged = true;
  if (d.execution) fact.execution = d.execution;
  const at = sourceAt(sec.joined, d.start);
  if (at) fact.at = at;
  return fact;
}

function unplacedWarning(sec: FactSection, f: Figure): ParseWarning {
  const where = sec.parent ? `${sec.parent}${sec.number}` : sec.number;
  const unreadable = f.kind === 'amount' ? f.amount === undefined : f.percent === undefined;
  const what = unreadable
    ? 'cannot be read (more than two decimals, too many digits, or 亿元)'
    : 'was not attached to any fact';
  const around = sec.joined.text.slice(Math.max(0, f.start - 20), f.end);
  const warning: ParseWarning = {
    code: 'field-unplaced',
    message: `情况说明 ${where}: the figure ${f.raw}${f.kind === 'percent' ? '%' : (f.unit ?? '')} ${what}: "…${around}"`,
  };
  const at = sourceAt(sec.joined, f.start);
  if (at) warning.at = at;
  return warning;
}
