// Every table of the document's template is published: with its figures, or empty with a statement
// that it is empty (…为空表) in the table or in the 情况说明. The template (profile) decides which
// tables a document must have; a kind the template does not have is not_applicable.
import { matchKey } from '../../../ingest/index.js';
import type { Disclosure } from '../../../model/disclosure.js';
import { profileById } from '../../../model/profiles/index.js';
import { TABLE_SPECS, type TableSpec } from '../../../model/specs/index.js';
import type { Table, TableKind } from '../../../model/table.js';
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { RULES_143, entry, met, obligation, parseDoubt } from './ledger.js';

/** A statement that a table is published empty. */
const EMPTY_WORDS = /为空表|空表|无数据/;

/**
 * Whether a table prints a figure. Read from the table's grid first (one array of cents, where the
 * rows' value objects come in many shapes and a walk of their keys allocates): a cell that is not 0
 * is a figure (NaN: a row with numbers unplaced). Only a table blank there is read from its rows,
 * for values outside its columns or under a cent.
 */
function hasFigures(t: Table, ctx: CheckContext): boolean {
  const { values, partial, width } = ctx.grid(t);
  for (let k = 0; k < partial.length; k++) {
    if (partial[k]) return true;
    for (let i = k * width; i < (k + 1) * width; i++) if (values[i] !== 0) return true;
  }
  return hasRowFigures(t);
}

function hasRowFigures(t: Table): boolean {
  for (const r of t.rows) {
    if ((r.unplaced?.length ?? 0) > 0) return true;
    for (const k in r.values) if (r.values[k] !== 0) return true;
  }
  return false;
}

/** The 情况说明 facts that, stated as zero or 未安排, say a table of this kind has nothing. */
function statedNothing(kind: TableKind, d: Disclosure): boolean {
  return d.narrative.facts.some((f) => {
    if (!(f.notArranged || f.amount === 0)) return false;
    const s = f.subject;
    switch (kind) {
      case 'three-public':
        return s.kind === 'three-public' && s.item === 'total';
      case 'carryover':
        return s.kind === 'carryover' && s.source === 'all';
      case 'fund-budget':
        return s.kind === 'revenue' && s.source === 'fund';
      case 'capital-budget':
        return s.kind === 'revenue' && s.source === 'capital';
      default:
        return false;
    }
  });
}

/** The 为空表 statement for a table: under the table, in its notes, or in the 情况说明. */
function emptyStatement(
  t: Table,
  spec: TableSpec,
  title: string,
  d: Disclosure,
  ctx: CheckContext,
): string | undefined {
  if (t.empty) return '表下说明';
  if (t.notes?.some((n) => EMPTY_WORDS.test(n))) return '表注';
  const prose = ctx.prose();
  const key = matchKey(title);
  if (prose.includes(`${key}为空表`) || spec.emptyStatement?.test(prose)) return '情况说明';
  return statedNothing(spec.kind, d) ? '情况说明（数额为零或未安排）' : undefined;
}

function evaluate(spec: TableSpec, d: Disclosure, ctx: CheckContext): FindingDraft[] {
  const profile = profileById(d.profile);
  const where = { table: spec.kind };
  if (!profile)
    return [
      entry('not_applicable', spec.name, { note: `未知模板 ${d.profile}：不知应有哪些表` }, where),
    ];
  // A 决算 read with a 预算 template (or the reverse): the template's list says nothing about it.
  if (profile.kind !== d.identity.kind) {
    const note = `模板 ${profile.id} 是${profile.kind}模板，文件是${d.identity.kind}`;
    return [entry('not_applicable', spec.name, { note }, where)];
  }
  const expected = profile.tables.find((p) => p.kind === spec.kind);
  const t = ctx.table(spec.kind);
  if (!expected) {
    if (t) return [met(ctx, spec.name, { at: t.at, note: `模板 ${profile.id} 不含此表` }, where)];
    return [entry('not_applicable', spec.name, { note: `模板 ${profile.id} 不含此表` }, where)];
  }
  const subject = expected.title;
  const loc = { table: spec.kind, tableNumber: expected.number };
  if (!t) {
    // Nothing read at all, or a table block not recognised: the table may be there.
    const unsure =
      d.tables.length === 0 ||
      parseDoubt(d) ||
      d.warnings.some((w) => w.code === 'table-unrecognised');
    return [
      entry(
        unsure ? 'insufficient_data' : 'fail',
        subject,
        {
          expectedText: `${expected.number} ${expected.title}`,
          ...(unsure ? { note: '有未识别的表格或文字' } : {}),
        },
        loc,
      ),
    ];
  }
  // A pass nobody keeps needs no location or note (see CheckContext.keepPasses).
  const figures = hasFigures(t, ctx);
  if (!ctx.keepPasses && figures) return [PASS];
  const at = { at: t.at };
  const printed = t.number ? { table: spec.kind, tableNumber: t.number } : loc;
  if (figures) return [met(ctx, subject, at, printed)];
  const statement = emptyStatement(t, spec, expected.title, d, ctx);
  if (statement)
    return [
      ctx.keepPasses
        ? entry('pass', subject, { ...at, note: `空表，说明见${statement}` }, printed)
        : PASS,
    ];
  // No table of the document prints a figure: a blank template (部门决算模板（空白）), not a
  // disclosure whose tables were left empty.
  if (d.warnings.some((w) => w.code === 'no-figures'))
    return [
      entry('not_applicable', subject, { ...at, note: '全部表格均无数字：空白模板' }, printed),
    ];
  // Rows read but every cell blank, or no row at all: an empty table without its statement,
  // unless the parser could not read the rows it saw or left text it could not place.
  const unread =
    parseDoubt(d) || d.warnings.some((w) => w.table === spec.kind && w.code === 'row-unrecognised');
  const note = unread ? '表中数字可能未能读取' : '空表且无为空表说明';
  return [entry(unread ? 'insufficient_data' : 'fail', subject, { ...at, note }, printed)];
}

/** One rule per standard table kind, in the national template's order. */
export function requiredTableRules(): Rule[] {
  return TABLE_SPECS.map((spec) =>
    obligation({
      id: `completeness:table:${spec.kind}`,
      severity: 'error',
      zh: `按模板公开${spec.name}表（无数据的公开空表并说明）`,
      en: `The ${spec.nameEn} table is published as the template requires (empty, with a statement, when there is nothing)`,
      basis: `${RULES_143}：部门预决算按统一格式公开全部表格，没有数据的表格公开空表并说明`,
      evaluate: (d, ctx) => evaluate(spec, d, ctx),
    }),
  );
}
