// The 情况说明 (narrative): its numbered sections with their text, and the figures it states as
// facts. Projects (七) and other matters (十二: 政府采购, 国有资产, 绩效) are read by their own
// parsers from `sectionLines`; this parser still reads 机关运行经费 there as a fact.
import type { LayoutLine } from '../../model/layout.js';
import type { AmountUnit } from '../../model/money.js';
import type { Narrative, NarrativeFact, NarrativeSection } from '../../model/narrative.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import type { SourceRef } from '../../model/source-ref.js';
import { readFacts } from './facts.js';
import { kindOfSubsection, kindOfTitle, type SectionKind } from './section-kinds.js';
import { splitSections, splitSectionsAndRest, type RawSection } from './sections.js';
import { joinLines, type JoinedText } from '../text/join.js';

export interface NarrativeContext {
  department?: string;
  year?: number;
  unit: AmountUnit;
  /** Unnumbered "…说明" lines head parts (see splitSections). */
  partHeadings?: boolean;
}

/** A section's lines, for the parsers that read one section further (projects, other matters). */
export interface SectionLines {
  /** As in NarrativeSection: 一, （三）, 1. */
  number: string;
  title: string;
  /** The enclosing section's number, for subsections. */
  parent?: string;
  /** Body lines in reading order, without the heading and without the subsections' lines. */
  lines: LayoutLine[];
  /** The heading's own lines (a wrapped heading spans several; a displaced tail is included). */
  heading: LayoutLine[];
  /** `lines` joined (joinLines), as the section's text: read once, by every reader. */
  joined: JoinedText;
}

export interface NarrativeResult {
  narrative: Narrative;
  sectionLines: SectionLines[];
  /** The lines in no section (before the first), in order: other matters read them too. */
  outsideLines: LayoutLine[];
  warnings: ParseWarning[];
}

const FIGURE_IN_TITLE = /\d\s*(万元|元)/;

export function parseNarrative(
  lines: readonly LayoutLine[],
  ctx: NarrativeContext,
): NarrativeResult {
  const warnings: ParseWarning[] = [];
  const split = splitSectionsAndRest(
    lines,
    warnings,
    ctx.partHeadings ? { partHeadings: true } : {},
  );
  const raw = split.sections;
  const sections: NarrativeSection[] = [];
  const facts: NarrativeFact[] = [];
  const sectionLines: SectionLines[] = [];
  let topKind: SectionKind | undefined;
  const factCtx = { unit: ctx.unit, ...(ctx.year === undefined ? {} : { year: ctx.year }) };
  for (const s of raw) {
    const kind = s.level === 'section' ? kindOfTitle(s.title) : kindOfSubsection(s.title, topKind);
    if (s.level === 'section') topKind = kind;
    const joined = joinLines(s.lines);
    const section: NarrativeSection = { number: s.number, title: s.title, text: joined.text };
    if (s.parent !== undefined) section.parent = s.parent;
    const at = refOf(s.heading[0]);
    if (at) section.at = at;
    sections.push(section);
    sectionLines.push(linesOf(s, joined));
    // A subsection "title" holding a figure is its first sentence (上海 "（三）公务接待费1.00万元。").
    const factText =
      s.level !== 'section' && FIGURE_IN_TITLE.test(s.title)
        ? joinLines([
            ...s.heading,
            ...s.lines.filter((l) => !s.heading.some((h) => h.line === l.line)),
          ])
        : joined;
    // Literals, not spreads of an optional parent: these run for every section.
    const sec =
      s.parent === undefined
        ? { number: s.number, kind, joined: factText }
        : { number: s.number, parent: s.parent, kind, joined: factText };
    const read = readFacts(sec, factCtx, warnings);
    if (kind === 'fiscal') facts.push(...scopeByBudgetClause(read, joined.text));
    else if (kind === 'overall') {
      const compactText = joined.text.replace(/\s+/g, ''); // once for both readers
      facts.push(...fiscalReason(scopeByZeroBudgets(read, compactText), compactText));
    } else facts.push(...read);
  }
  return { narrative: { sections, facts }, sectionLines, outsideLines: split.outside, warnings };
}

// 上海 预算编制说明 lists the 财政拨款 lines by 项; when it states the 政府性基金 and 国有资本经营
// 拨款 as 0, those lines are 一般公共预算 lines, printed by 项 in the 一般公共预算 table.
const ZERO_FUND = /政府性基金(?:预算)?(?:拨款)?支出预算0(?:\.0+)?万元/;
const ZERO_CAPITAL = /国有资本经营(?:预算)?(?:拨款)?支出预算0(?:\.0+)?万元/;

/** `c`: the section's text without whitespace. */
function scopeByZeroBudgets(facts: NarrativeFact[], c: string): NarrativeFact[] {
  if (!ZERO_FUND.test(c) || !ZERO_CAPITAL.test(c)) return facts;
  return facts.map((f) =>
    f.subject.kind === 'function' && f.scope === 'fiscal' ? { ...f, scope: 'general-budget' } : f,
  );
}

// "财政拨款收入支出增加的主要原因是：…。" (上海) gives one reason for both the 财政拨款 收入 and
// 支出 changes stated before it; the clause reader attaches it to the nearest fact only.
const FISCAL_REASON =
  /财政拨款收入(?:和|及)?支出(?:增加|减少|增长|下降)的主要原因(?:是|为)[：:]?([^。]+)/;

/** `c`: the section's text without whitespace. */
function fiscalReason(facts: NarrativeFact[], c: string): NarrativeFact[] {
  const reason = FISCAL_REASON.exec(c)?.[1];
  if (!reason) return facts;
  const fiscal = (f: NarrativeFact) =>
    (f.subject.kind === 'revenue' && f.subject.source === 'fiscal') ||
    (f.subject.kind === 'total' && f.subject.side === 'expenditure' && f.scope === 'fiscal');
  return facts.map((f) => (fiscal(f) && f.change && !f.reason ? { ...f, reason } : f));
}

// "一般公共预算支出包括：一般公共服务支出 10,790.77万元…" (seed 000 四): in the 财政拨款 section, the
// 类 listed after such a clause are stated against that budget, not against 财政拨款 as a whole.
const BUDGET_CLAUSE = /(一般公共预算|政府性基金预算?|国有资本经营预算)(?:拨款)?支出(?:预算)?包括/g;

function scopeByBudgetClause(facts: NarrativeFact[], text: string): NarrativeFact[] {
  const clauses = [...text.matchAll(BUDGET_CLAUSE)].map((m) => ({
    at: m.index,
    general: m[1] === '一般公共预算',
  }));
  if (clauses.length === 0) return facts;
  let from = 0;
  return facts.map((f) => {
    const at = text.indexOf(f.text, from);
    if (at >= 0) from = at;
    if (f.subject.kind !== 'function' || at < 0) return f;
    const clause = clauses.filter((c) => c.at <= at + f.text.length).pop();
    return clause?.general ? { ...f, scope: 'general-budget' } : f;
  });
}

/** The narrative's sections as lines only (no facts), for parsers that read one section. */
export function narrativeSectionLines(lines: readonly LayoutLine[]): SectionLines[] {
  return splitSections(lines, []).map((s) => linesOf(s, joinLines(s.lines)));
}

function linesOf(s: RawSection, joined: JoinedText): SectionLines {
  const { number, title, lines, heading } = s;
  return s.parent === undefined
    ? { number, title, lines, heading, joined }
    : { number, title, parent: s.parent, lines, heading, joined };
}

function refOf(line: LayoutLine | undefined): SourceRef | undefined {
  if (!line) return undefined;
  return line.page === undefined ? { line: line.line } : { line: line.line, page: line.page };
}
