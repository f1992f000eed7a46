// The 情况说明 states its figures in a unit (万元 / 元) that may differ from the tables'. A stated
// figure that equals its table cell only after a factor of 10,000 has the wrong unit on one side.
// Other disagreements are the narrative rules' business; this rule reports only the unit.
import type { NarrativeFact } from '../../../model/narrative.js';
import type { TableKind } from '../../../model/table.js';
import { toCents } from '../../../model/money.js';
import { hasColumn, type CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { compareUnits } from './units.js';

type Target = readonly [kind: TableKind, row: string, column: string];

// The targets that do not depend on the fact, made once.
const ALL_TOTAL: Target = ['revenue-expenditure', 'total', 'amount'];
const FISCAL_TOTAL: Target = ['fiscal-revenue-expenditure', 'total', 'amount'];
const GENERAL_TOTAL: Target = ['general-budget', 'total', 'total'];
const PERSONNEL: Target = ['general-budget-basic', 'total', 'personnel'];
const PUBLIC_USE: Target = ['general-budget-basic', 'total', 'public-use'];

/** The one table cell a fact states, where it is certain which. */
function targetOf(f: NarrativeFact): Target | undefined {
  const s = f.subject;
  switch (s.kind) {
    case 'total':
      if (f.scope === 'all') return ALL_TOTAL;
      if (f.scope === 'fiscal') return FISCAL_TOTAL;
      return f.scope === 'general-budget' ? GENERAL_TOTAL : undefined;
    case 'revenue':
      return f.scope === 'all' ? ['revenue-expenditure', s.source, 'amount'] : undefined;
    case 'expenditure':
      if (f.scope === 'all') return ['expenditure', 'total', s.type];
      return f.scope === 'general-budget' ? ['general-budget', 'total', s.type] : undefined;
    case 'function':
      return s.code && f.scope === 'general-budget'
        ? ['general-budget', s.code, 'total']
        : undefined;
    case 'economic-group':
      return s.group === 'personnel' ? PERSONNEL : PUBLIC_USE;
    case 'three-public':
      return ['three-public', s.item, 'total'];
    default:
      return undefined;
  }
}

function check(f: NarrativeFact, ctx: CheckContext): FindingDraft | undefined {
  if (f.amount === undefined || f.amount === 0) return undefined;
  const target = targetOf(f);
  if (!target) return undefined;
  // The target's cell, looked up directly (resolve would make two arrays and a target per fact).
  const [kind, key, column] = target;
  const table = ctx.table(kind);
  if (!table || !hasColumn(table, column)) return undefined;
  const row = ctx.rowAt(kind, key);
  if (!row) return undefined;
  const cell = ctx.cell(row, column);
  if (!cell.known || cell.cents === 0) return undefined;
  const verdict = compareUnits(toCents(f.amount), f.unit, cell.cents, table.unit);
  if (verdict === 'different') return undefined;
  // Passes are counted, not shown: their location stays short.
  if (verdict === 'same')
    return ctx.keepPasses ? { outcome: 'pass', location: { table: kind, row: key, column } } : PASS;
  return {
    outcome: 'fail',
    location: {
      table: kind,
      ...(table.number ? { tableNumber: table.number } : {}),
      row: key,
      column,
      section: f.parent ? `${f.parent}${f.section}` : f.section,
      ...(f.at?.line ? { line: f.at.line } : {}),
      ...(f.at?.page ? { page: f.at.page } : {}),
    },
    expectedText: table.unit,
    actualText: f.unit,
    note: '数额相差一万倍：单位标注有误',
  };
}

export const narrativeUnit: Rule = {
  id: 'classification:narrative-unit',
  category: 'classification',
  severity: 'warning',
  zh: '情况说明所述金额的单位（元/万元）与表格一致，不因单位标错而相差一万倍',
  en: 'Amounts stated in the narrative carry the same unit (yuan / 10,000 yuan) as the tables',
  basis: '公开表式要求：金额单位须标明且与所说明的表格一致',
  evaluate: (d, ctx) => {
    // A loop, not flatMap: flatMap allocates an array per fact.
    const out: FindingDraft[] = [];
    for (const f of d.narrative.facts) {
      const found = check(f, ctx);
      if (found) out.push(found);
    }
    return out;
  },
};
