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
import { splitSections } from './sections.js';
import { joinLines } from '../text/join.js';

export interface NarrativeContext {
  department?: string;
  year?: number;
  unit: AmountUnit;
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
}

export interface NarrativeResult {
  narrative: Narrative;
  sectionLines: SectionLines[];
  warnings: ParseWarning[];
}

export function parseNarrative(
  lines: readonly LayoutLine[],
  ctx: NarrativeContext,
): NarrativeResult {
  const warnings: ParseWarning[] = [];
  const raw = splitSections(lines, warnings);
  const sections: NarrativeSection[] = [];
  const facts: NarrativeFact[] = [];
  const sectionLines: SectionLines[] = [];
  let topKind: SectionKind | undefined;
  for (const s of raw) {
    const kind = s.level === 'section' ? kindOfTitle(s.title) : kindOfSubsection(s.title, topKind);
    if (s.level === 'section') topKind = kind;
    const joined = joinLines(s.lines);
    const section: NarrativeSection = { number: s.number, title: s.title, text: joined.text };
    if (s.parent !== undefined) section.parent = s.parent;
    const at = refOf(s.heading[0]);
    if (at) section.at = at;
    sections.push(section);
    const parent = s.parent === undefined ? {} : { parent: s.parent };
    sectionLines.push({
      number: s.number,
      title: s.title,
      ...parent,
      lines: s.lines,
      heading: s.heading,
    });
    const factCtx = { unit: ctx.unit, ...(ctx.year === undefined ? {} : { year: ctx.year }) };
    const read = readFacts({ number: s.number, ...parent, kind, joined }, factCtx, warnings);
    facts.push(...(kind === 'fiscal' ? scopeByBudgetClause(read, joined.text) : read));
  }
  return { narrative: { sections, facts }, sectionLines, warnings };
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
  return splitSections(lines, []).map((s) => ({
    number: s.number,
    title: s.title,
    ...(s.parent === undefined ? {} : { parent: s.parent }),
    lines: s.lines,
    heading: s.heading,
  }));
}

function refOf(line: LayoutLine | undefined): SourceRef | undefined {
  if (!line) return undefined;
  return line.page === undefined ? { line: line.line } : { line: line.line, page: line.page };
}
