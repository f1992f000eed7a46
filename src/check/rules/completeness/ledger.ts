// The obligations ledger: each completeness rule states one obligation of a disclosure and emits
// one entry for it (or one per item it covers): met (pass), not met (fail), or not evaluated —
// not_applicable when the obligation does not reach this document or cannot be judged for its
// kind, insufficient_data when the part it lives in was not read. "Not evaluated" is never "met".
import type { Disclosure } from '../../../model/disclosure.js';
import type { Finding, FindingLocation } from '../../../model/finding.js';
import type { TableKind } from '../../../model/table.js';
import type { SourceRef } from '../../../model/source-ref.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';

/** 财政部《地方预决算公开操作规程》(财预〔2016〕143号), on what a 部门预决算 discloses. */
export const RULES_143 = '财政部《地方预决算公开操作规程》(财预〔2016〕143号)';

export type Obligation = Omit<Rule, 'category'>;

export function obligation(rule: Obligation): Rule {
  return { ...rule, category: 'completeness' };
}

/** Where a table's entry points: its kind, and its number as printed or as the template has it. */
interface TablePlace {
  readonly table: TableKind;
  readonly tableNumber?: string | undefined;
}

type EntryExtra = {
  at?: SourceRef | undefined;
  section?: string | undefined;
  note?: string;
} & Partial<
  Pick<FindingDraft, 'expected' | 'actual' | 'difference' | 'unit' | 'expectedText' | 'actualText'>
>;

/** A ledger entry about `subject`, pointing at `at` when the thing was found. */
export function entry(
  outcome: FindingDraft['outcome'],
  subject: string,
  extra?: EntryExtra,
  where?: TablePlace,
): FindingDraft {
  // Built field by field, no spreads: this runs for every obligation of every document, and the
  // callers' `extra` objects come in many shapes.
  const location: FindingLocation = {};
  if (where) {
    location.table = where.table;
    if (where.tableNumber !== undefined) location.tableNumber = where.tableNumber;
  }
  location.subject = subject;
  const draft: FindingDraft = { outcome, location };
  if (!extra) return draft;
  if (extra.section) location.section = extra.section;
  const at = extra.at;
  if (at) {
    if (at.line) location.line = at.line;
    if (at.page) location.page = at.page;
  }
  if (extra.expected !== undefined) draft.expected = extra.expected;
  if (extra.actual !== undefined) draft.actual = extra.actual;
  if (extra.difference !== undefined) draft.difference = extra.difference;
  if (extra.unit !== undefined) draft.unit = extra.unit;
  if (extra.expectedText !== undefined) draft.expectedText = extra.expectedText;
  if (extra.actualText !== undefined) draft.actualText = extra.actualText;
  if (extra.note) draft.note = extra.note;
  return draft;
}

/**
 * A met obligation: the entry, or the shared PASS draft when nobody keeps passes (see
 * CheckContext.keepPasses), so that no location is built for it.
 */
export function met(
  ctx: Pick<CheckContext, 'keepPasses'>,
  subject: string,
  extra?: EntryExtra,
  where?: TablePlace,
): FindingDraft {
  return ctx.keepPasses ? entry('pass', subject, extra, where) : PASS;
}

/** Whether the 情况说明 was read at all: without it, no statement can be missed for certain. */
export function narrativeRead(d: Disclosure): boolean {
  return d.narrative.sections.length > 0;
}

/** Whether the 部门概况 was read at all. */
export function overviewRead(d: Disclosure): boolean {
  const o = d.overview;
  return (
    o.text !== undefined ||
    o.functions.length > 0 ||
    o.internalUnits.names.length > 0 ||
    o.budgetUnits.names.length > 0
  );
}

/** The parse says it left text unassigned or stopped early: an absence may be the parser's. */
export function parseDoubt(d: Disclosure): boolean {
  return d.warnings.some((w) => w.code === 'text-unplaced' || w.code === 'input-truncated');
}

/**
 * The entry for a statement that was not found: insufficient_data when the part it would be in was
 * not read, when the words are there but nothing was read from them, or when the parse is in
 * doubt; otherwise a real omission.
 */
export function notFound(
  d: Disclosure,
  ctx: CheckContext,
  subject: string,
  words: RegExp,
  partRead: boolean = narrativeRead(d),
): FindingDraft {
  if (!partRead) return entry('insufficient_data', subject, { note: '所在部分未能读取' });
  if (words.test(ctx.prose()))
    return entry('insufficient_data', subject, { note: '文中提及，但未能读出其内容' });
  if (parseDoubt(d)) return entry('insufficient_data', subject, { note: '解析有未归位的文字' });
  return entry('fail', subject);
}

/** How the ledger names an obligation: rule id and subject (table number for tables). */
function label(f: Finding): string {
  const what = f.location.subject ?? f.location.tableNumber ?? f.location.table;
  return what ? `${f.ruleId} (${what})` : f.ruleId;
}

/**
 * The obligations the checker did not evaluate (completeness entries that are not_applicable or
 * insufficient_data), each with its outcome and note, for the report's `notEvaluated`.
 */
export function notEvaluated(result: { readonly findings: readonly Finding[] }): string[] {
  return result.findings
    .filter(
      (f) =>
        f.category === 'completeness' &&
        (f.outcome === 'not_applicable' || f.outcome === 'insufficient_data'),
    )
    .map((f) => `${label(f)}: ${f.outcome}${f.note ? ` — ${f.note}` : ''}`);
}
