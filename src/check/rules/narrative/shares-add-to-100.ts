// The shares of a complete breakdown add up to 100%: the 类 of the 结构情况 (when they are all the
// 类 the table has) and 基本支出 + 项目支出. Each printed share carries half a unit of its last
// digit, so n shares may miss 100 by n halves: that is rounding.
import type { CheckContext } from '../../context.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { statedShares, type StatedShare } from './support/percent.js';
import { functionTable } from './support/targets.js';
import { factLocation, inSameSection } from './support/where.js';

/** Stated shares that partition one whole: the 类 of a scope, or 基本 and 项目, in one section. */
interface Group {
  readonly isType: boolean;
  readonly list: StatedShare[];
}

/**
 * The groups in the order they first come. A document has a few: each is found by a search, not
 * by a key string made per share.
 */
function groupsOf(shares: readonly StatedShare[]): Group[] {
  const groups: Group[] = [];
  for (const stated of shares) {
    const f = stated.fact;
    const s = f.subject;
    const isType = s.kind === 'expenditure';
    if (!isType && !(s.kind === 'function' && s.level === '类')) continue;
    let group: Group | undefined;
    for (const g of groups) {
      const first = g.list[0]!.fact;
      if (g.isType === isType && first.scope === f.scope && inSameSection(f, first)) {
        group = g;
        break;
      }
    }
    if (group) group.list.push(stated);
    else groups.push({ isType, list: [stated] });
  }
  return groups;
}

/** Whether a 类 list names every 类 with money in its table; undefined without the table. */
function coversTable(list: readonly StatedShare[], ctx: CheckContext): boolean | undefined {
  const first = list[0]?.fact;
  const where = first && functionTable(first.scope);
  const table = where && ctx.table(where[0]);
  if (!where || !table) return undefined;
  const named = new Set<string>();
  for (const { fact: f } of list)
    if (f.subject.kind === 'function' && f.subject.code) named.add(f.subject.code);
  for (const r of table.rows) {
    if (r.kind !== 'code' || r.code?.length !== 3 || r.block === 'income') continue;
    const c = ctx.cell(r, where[1]);
    if (!c.known) return undefined;
    if (c.cents !== 0 && !named.has(r.code)) return false;
  }
  return true;
}

export const sharesAddTo100: Rule = {
  id: 'narrative:shares-add-to-100',
  category: 'narrative',
  severity: 'error',
  zh: '各类支出占比之和、基本支出与项目支出占比之和为 100%（允许各占比四舍五入的误差）',
  en: 'The shares of the listed classes, and of basic plus project expenditure, add up to 100% (within the rounding of each share)',
  basis: '完整分解的各部分占比之和为 100%',
  evaluate: (d, ctx): FindingDraft[] => {
    const out: FindingDraft[] = [];
    for (const { isType, list } of groupsOf(statedShares(d, ctx))) {
      const first = (list[0] as StatedShare).fact;
      if (isType && list.length !== 2) continue;
      if (!isType && list.length < 2) continue;
      const decimals = Math.min(...list.map((s) => s.decimals));
      const scale = 10 ** decimals;
      // In units of the last printed digit.
      const sum = list.reduce((total, s) => total + Math.round(s.share * scale), 0);
      const whole = 100 * scale;
      if (sum === whole && !ctx.keepPasses) {
        out.push(PASS);
        continue;
      }
      const location = { ...factLocation(first), subject: isType ? 'basic+project' : 'classes' };
      const tolerance = Math.floor(list.length / 2);
      const found: FindingDraft = {
        outcome: sum === whole ? 'pass' : Math.abs(sum - whole) <= tolerance ? 'rounding' : 'fail',
        location,
        expected: 100,
        actual: sum / scale,
        difference: Number(((sum - whole) / scale).toFixed(2)),
        note: list.map((s) => s.share).join(' + '),
      };
      if (found.outcome === 'fail' && sum < whole && !isType) {
        // Short of 100: a fault only when the list names every 类 the table has.
        const covers = coversTable(list, ctx);
        if (covers === false) continue;
        if (covers === undefined) {
          out.push({ outcome: 'insufficient_data', location, note: found.note ?? '' });
          continue;
        }
      }
      out.push(found);
    }
    return out;
  },
};
