// The 具体使用情况 explains each 项's change; together they are the change of the whole 一般公共
// 预算 (基本支出 + 项目支出, 当年拨款规模变化情况), last year's lines stated with 0 included. When
// every 项 of the table is explained, a difference means a line or a change is missing or wrong.
// A warning: a line of last year's alone may be left out.
import { fromCents } from '../../../model/money.js';
import type { NarrativeFact } from '../../../model/narrative.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { compareChanges, signedChangeCents } from './support/changes.js';
import { FirstStatements } from './support/same-money.js';
import { functionRow } from './support/targets.js';
import { factLocation } from './support/where.js';

const SCOPE = 'general-budget';

/** The first 一般公共预算 基本支出 (or 项目支出) statement that states its change. */
function firstChange(
  expenditure: readonly NarrativeFact[],
  type: 'basic' | 'project',
): NarrativeFact | undefined {
  for (const f of expenditure)
    if (
      f.subject.kind === 'expenditure' &&
      f.subject.type === type &&
      f.scope === SCOPE &&
      signedChangeCents(f) !== undefined
    )
      return f;
  return undefined;
}

export const lineChangesSum: Rule = {
  id: 'narrative:line-changes-sum',
  category: 'narrative',
  severity: 'warning',
  zh: '各项（功能分类）支出增减额之和等于一般公共预算基本支出与项目支出增减额之和',
  en: 'The changes stated for each expenditure line add up to the change of basic plus project general public budget expenditure',
  basis: '上年一般公共预算支出 = 上年各项支出之和，故各项增减额之和 = 基本支出与项目支出增减额之和',
  evaluate: (d, ctx): FindingDraft[] => {
    const b = firstChange(ctx.factsOf('expenditure'), 'basic');
    const p = firstChange(ctx.factsOf('expenditure'), 'project');
    if (!b || !p || b.unit !== p.unit) return [];
    // The first statement of each line, in order.
    const lines: NarrativeFact[] = [];
    const firsts = new FirstStatements();
    for (const f of ctx.factsOf('function'))
      if (f.subject.kind === 'function' && f.subject.level === '项' && f.scope === SCOPE)
        if (!firsts.firstOrAdd(f)) lines.push(f);
    const first = lines[0];
    if (!first) return [];
    const location = { ...factLocation(first), subject: 'lines' };
    const table = ctx.table('general-budget');
    if (table) {
      // Every 项 of the table must be among the lines, else the sum is partial.
      const named = new Set<string>();
      for (const f of lines) {
        if (f.subject.kind !== 'function') continue;
        const row = functionRow(ctx, 'general-budget', f.subject).found;
        if (row?.code) named.add(row.code);
      }
      // Read from the grid's row shapes: one object shape, where the rows come in many.
      for (const r of ctx.grid(table).shapes)
        if (r.kind === 'code' && r.code?.length === 7 && !named.has(r.code)) return [];
    }
    const changes = lines.map(signedChangeCents);
    if (changes.some((c) => c === undefined) || lines.some((f) => f.unit !== b.unit))
      return [{ outcome: 'insufficient_data', location }];
    const sum = changes.reduce((s: number, c) => s + (c ?? 0), 0);
    const whole = (signedChangeCents(b) ?? 0) + (signedChangeCents(p) ?? 0);
    const nonzero = changes.filter((c) => c !== 0).length;
    const note = `基本支出 ${fromCents(signedChangeCents(b) ?? 0)} + 项目支出 ${fromCents(signedChangeCents(p) ?? 0)}`;
    // The two stated changes of the whole are printed figures too.
    return [compareChanges(sum, whole, nonzero + 1, b.unit, location, note)];
  },
};
