// The 情况说明 states its figures in clauses: "<subject> X万元，占 y%，比上年预算增加 z万元，增长
// w%，主要原因是…。". This file cuts running text into clauses and says what each clause holds
// (events, in order); facts.ts strings the events into facts.
import { isWhitespaceCode } from '../../ingest/normalize.js';
import type { Change } from '../../model/narrative.js';
import type { Figure } from './figures.js';
import { classifySubject, startsWithListNumber, type Classified } from './subjects.js';
import type { SectionKind } from './section-kinds.js';

export interface Clause {
  start: number;
  end: number;
  /** The punctuation that ends the clause ('' at the end of the text). */
  delim: string;
}

// Clause punctuation by character code (a table: every character of the text is looked up).
const DELIMS = new Uint8Array(0x10000);
const DELIM_LETTERS = ['，', ',', '。', '；', ';', '：', ':'];
DELIM_LETTERS.forEach((c, i) => (DELIMS[c.charCodeAt(0)] = i + 1));

/** Is the code a clause delimiter (，,。；;：:)? */
export function isClauseDelimiter(code: number): boolean {
  return DELIMS[code] !== 0;
}

/** Adds to `clauses` the clause ending at the delimiter at `i` (it starts after the last one). */
export function endClauseAt(clauses: Clause[], text: string, i: number): void {
  const last = clauses[clauses.length - 1];
  const delim = DELIM_LETTERS[(DELIMS[text.charCodeAt(i)] as number) - 1] as string;
  clauses.push({ start: last ? last.end + 1 : 0, end: i, delim });
}

/** Adds the text after the last delimiter, if any, as the last clause (delim ''). */
export function endClauses(clauses: Clause[], text: string): void {
  const last = clauses[clauses.length - 1];
  const start = last ? last.end + 1 : 0;
  if (start < text.length) clauses.push({ start, end: text.length, delim: '' });
}

export type Direction = Change['direction'];

export type ClauseEvent =
  | { t: 'subject'; start: number; cls: Classified; fig: Figure }
  | { t: 'change'; fig: Figure; direction: Direction; against?: string; subject?: Subjected }
  | { t: 'share'; fig: Figure }
  | { t: 'percent-change'; fig: Figure; direction: Direction; against?: string }
  /** figs: the figures of the clause after the marker, which belong to the reason's text. */
  | { t: 'reason'; textStart: number; figs: Figure[] }
  | { t: 'not-arranged'; start: number; cls: Classified }
  | { t: 'unchanged'; against?: string }
  /** 上海: "2025年当年预算执行数为X万元" and "2026年预算安排Y万元" after a line's heading. */
  | { t: 'executed'; fig: Figure; year: number }
  | { t: 'planned'; fig: Figure }
  /** A figure deliberately not read as a fact (see IGNORED below). */
  | { t: 'ignored'; fig: Figure }
  | { t: 'unplaced'; fig: Figure };

interface Subjected {
  start: number;
  cls: Classified;
}

const VERB_END = /(增加|减少|增长|下降|降低|上升|增|减)了?$/;
// The base year may be written out: "比2024年预算执行数增加", "与2024年预算持平" (上海).
const COMPARE_END =
  /(比|较|与)(上年|去年|上一年度?|(?:19|20)\d{2}年度?)(预算数?|决算数?|执行数|预算执行数)?(相比)?$/;
const REASON = /主要原因(是|为|在于|有)?|原因(是|为|在于)/;
const NOT_ARRANGED = /^(.+)未安排(预算)?$/;
const COMPARED = /(比|较|与)(上年|去年|(?:19|20)\d{2}年度?)(预算数?|决算数?|预算执行数|执行数)?/;
// 上海's comparison of a line with last year's execution (see NarrativeFact.execution).
const EXECUTED = /^(\d{4})年度?(?:当年)?预算执行数(?:为|是)?$/;
const PLANNED = /^\d{4}年度?预算安排(?:数)?(?:为|是)?$/;
// "2025年预算数为": nothing names the subject; it is in the clause before the colon.
const GENERIC_SUBJECT = /^(\d{4}年度?)?(的)?(预算数|预算|金额|数)?(为|是)?$/;

function directionOf(verb: string): Direction {
  return /增|上升/.test(verb) ? 'increase' : 'decrease';
}

export interface ClauseContext {
  text: string;
  kind: SectionKind;
  year?: number;
  /**
   * The first 原因 at or after `reasonFrom` (text.length for none), kept between clauses: they
   * come in order, so one search walks the section once, not once per clause. Start at -1
   * (not searched yet).
   */
  reasonAt: number;
  reasonFrom: number;
}

/** Does text[start, end) hold 原因 (see ClauseContext.reasonAt)? */
function holdsReason(ctx: ClauseContext, start: number, end: number): boolean {
  if (start < ctx.reasonFrom || ctx.reasonAt < start) {
    const at = ctx.text.indexOf('原因', start);
    ctx.reasonAt = at === -1 ? ctx.text.length : at;
    ctx.reasonFrom = start;
  }
  return ctx.reasonAt + 2 <= end;
}

/** What a clause without figures or reason says (most say nothing: one shared empty list). */
const NO_EVENTS: readonly ClauseEvent[] = [];

/**
 * The events of one clause, given the figures that start inside it (`all[from]` to before
 * `all[to]`: a range of the section's figures, not a copy per clause); figures after a 主要原因
 * marker belong to the reason.
 */
export function clauseEvents(
  ctx: ClauseContext,
  c: Clause,
  prev: Clause | undefined,
  all: readonly Figure[],
  from = 0,
  to = all.length,
): readonly ClauseEvent[] {
  const { text } = ctx;
  // Every form of REASON holds 原因, which most clauses lack: a search is cheaper than the regex.
  const rm = holdsReason(ctx, c.start, c.end) ? REASON.exec(text.slice(c.start, c.end)) : null;
  if (!rm && to === from) return quietClause(ctx, c);
  const limit = rm ? c.start + rm.index : c.end;
  // Made with its first event (most clauses have one or two: an empty list grows by 16 slots).
  let events: ClauseEvent[] | undefined;
  let cursor = c.start;
  let f = from;
  for (; f < to; f++) {
    const fig = all[f] as Figure;
    if (fig.start >= limit) break;
    // The text between the last figure and this one, trimmed: sliced once, at its trimmed ends.
    let prefixStart = cursor;
    let prefixEnd = fig.start;
    while (prefixStart < prefixEnd && isWhitespaceCode(text.charCodeAt(prefixStart))) prefixStart++;
    while (prefixEnd > prefixStart && isWhitespaceCode(text.charCodeAt(prefixEnd - 1))) prefixEnd--;
    cursor = fig.end;
    const e = figureEvent(ctx, fig, text.slice(prefixStart, prefixEnd), prefixStart, prev);
    if (events) events.push(e);
    else events = [e];
  }
  if (rm) {
    let s = c.start + rm.index + rm[0].length;
    while (s < text.length && /[\s：:]/.test(text.charAt(s))) s++;
    // Figures are in order: those from the first at or past the marker on.
    const reason: ClauseEvent = { t: 'reason', textStart: s, figs: all.slice(f, to) };
    if (events) events.push(reason);
    else events = [reason];
  }
  return events ?? NO_EVENTS;
}

/**
 * A clause without figures or reason: "…未安排" or "…无变化/持平". Its trimmed ends are found in
 * the text, and the phrase is cut out only when it ends so.
 */
function quietClause(ctx: ClauseContext, c: Clause): readonly ClauseEvent[] {
  const { text } = ctx;
  let start = c.start;
  let end = c.end;
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  if (endsAt(text, start, end, '未安排') || endsAt(text, start, end, '未安排预算')) {
    const na = NOT_ARRANGED.exec(text.slice(start, end));
    if (!na) return NO_EVENTS;
    const cls = classifySubject(na[1] ?? '', ctx.kind, ctx.year);
    return cls ? [{ t: 'not-arranged', start, cls }] : NO_EVENTS;
  }
  if (endsAt(text, start, end, '无变化') || endsAt(text, start, end, '持平')) {
    const phrase = text.slice(start, end);
    if (!COMPARED.test(phrase)) return NO_EVENTS;
    const against = COMPARED.exec(phrase)?.[0].slice(1);
    return [{ t: 'unchanged', ...(against ? { against } : {}) }];
  }
  return NO_EVENTS;
}

/** Does text[start, end) end with `suffix`? */
function endsAt(text: string, start: number, end: number, suffix: string): boolean {
  return end - start >= suffix.length && text.startsWith(suffix, end - suffix.length);
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

// The last letters VERB_END can end on (before an optional 了): most prefixes end otherwise.
const VERB_LAST = new Set([...'加少长降低升增减'].map((c) => c.charCodeAt(0)));
const PARTICLE_LE = '了'.charCodeAt(0);

/** VERB_END.exec(prefix), skipping the regex when the prefix cannot end on a verb. */
function verbAtEnd(prefix: string): RegExpExecArray | null {
  let last = prefix.length - 1;
  if (prefix.charCodeAt(last) === PARTICLE_LE) last--;
  return VERB_LAST.has(prefix.charCodeAt(last)) ? VERB_END.exec(prefix) : null;
}

function figureEvent(
  ctx: ClauseContext,
  fig: Figure,
  prefix: string,
  prefixStart: number,
  prev: Clause | undefined,
): ClauseEvent {
  const vm = verbAtEnd(prefix);
  const before = vm ? prefix.slice(0, vm.index) : '';
  const cm = vm ? COMPARE_END.exec(before) : null;
  const against = cm ? cm[0].replace(/^(比|较|与)/, '').replace(/相比$/, '') : undefined;
  if (fig.kind === 'percent') {
    if (prefix.startsWith('占')) return { t: 'share', fig };
    if (!vm) return { t: 'unplaced', fig };
    const direction = directionOf(vm[1] ?? '');
    const e: ClauseEvent = { t: 'percent-change', fig, direction };
    if (against) e.against = against;
    return e;
  }
  if (vm) {
    const named = (cm ? before.slice(0, cm.index) : before).trim();
    const cls = named === '' ? undefined : classifySubject(named, ctx.kind, ctx.year);
    const e: ClauseEvent = { t: 'change', fig, direction: directionOf(vm[1] ?? '') };
    if (against) e.against = against;
    if (cls) e.subject = { start: prefixStart, cls };
    return e;
  }
  // Both patterns open with a year: most prefixes start otherwise and skip them.
  if (startsWithDigit(prefix)) {
    const executed = EXECUTED.exec(prefix);
    if (executed) return { t: 'executed', fig, year: Number(executed[1]) };
    if (PLANNED.test(prefix)) return { t: 'planned', fig };
  }
  const cls = classifySubject(prefix, ctx.kind, ctx.year);
  if (cls) return { t: 'subject', start: prefixStart, cls, fig };
  // 上年结转结余 by project ("1．特定目标 10653H 73.90万元，完全不予公开", seed 000 十一): the
  // model has no subject for one project's carryover; the figure stays in the section text.
  if (ctx.kind === 'carryover' && startsWithListNumber(prefix)) return { t: 'ignored', fig };
  if (prev && /[：:]/.test(prev.delim) && GENERIC_SUBJECT.test(prefix.replace(/\s+/g, ''))) {
    const lead = ctx.text.slice(prev.start, prev.end);
    const named = classifySubject(lead, ctx.kind, ctx.year);
    const start = prev.start + (lead.length - lead.trimStart().length);
    if (named) return { t: 'subject', start, cls: named, fig };
  }
  return { t: 'unplaced', fig };
}
