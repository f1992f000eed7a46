// A 绩效目标表's funds block is a small table of its own: the year's total is its 财政拨款, 上年结转
// and 其他资金 (上海 prints 年度资金申请总额 = 其中：当年财政拨款 + 上年结转资金 + 其他资金; the seeds
// 资金总额 = 财政拨款 + 其他资金), 财政拨款 is 上级安排 + 本级安排 where both are printed, and the
// lifetime total (项目资金总额) is its 财政资金 + 其他资金.
import { toCents, type AmountUnit } from '../../../model/money.js';
import type { PerformanceTarget } from '../../../model/performance.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS, compareCents } from '../../sums.js';

interface Identity {
  /** What the total is called in the finding's note. */
  label: string;
  total: number | undefined;
  parts: readonly (readonly [string, number | undefined])[];
  /** States an identity only when every part is printed (a 财政拨款 split printing one part). */
  whole?: true;
}

function identitiesOf(t: PerformanceTarget): Identity[] {
  const f = t.funds;
  const out: Identity[] = [
    {
      label: '年度资金总额',
      total: f.total,
      parts: [
        ['财政拨款', f.fiscal],
        ['上年结转资金', f.carryover],
        ['其他资金', f.other],
      ],
    },
    {
      label: '财政拨款',
      total: f.fiscal,
      parts: [
        ['上级安排', f.upper],
        ['本级安排', f.local],
      ],
      whole: true,
    },
  ];
  const life = t.lifetimeFunds;
  if (life)
    out.push({
      label: '项目资金总额',
      total: life.total,
      parts: [
        ['财政资金', life.fiscal],
        ['其他资金', life.other],
      ],
    });
  return out;
}

function subjectOf(t: PerformanceTarget): string {
  const title = t.kind === 'department' ? '部门整体绩效目标表' : '项目绩效目标表';
  const name = t.kind === 'department' ? t.unit : t.project;
  return name ? `${title}：${name}` : title;
}

export const performanceFundsAddUp: Rule = {
  id: 'table:performance-target:funds-add-up',
  category: 'table',
  severity: 'error',
  zh: '绩效目标表资金：总额 = 财政拨款 + 上年结转 + 其他资金；财政拨款 = 上级安排 + 本级安排',
  en: 'Performance-target funds: total = fiscal + carry-over + other; fiscal = upper + local level',
  basis: '绩效目标表资金栏的构成（其中项之和等于总额）',
  evaluate: (d, ctx) => {
    const out: FindingDraft[] = [];
    for (const t of d.performance) {
      const unit: AmountUnit = t.funds.unit ?? '万元';
      for (const { label, total, parts, whole } of identitiesOf(t)) {
        const printed = parts.filter((p): p is readonly [string, number] => p[1] !== undefined);
        // A total without its parts (or parts without a total) states no identity.
        if (total === undefined || printed.length === 0) continue;
        if (whole && printed.length < parts.length) continue;
        let sum = 0;
        let nonzero = 0;
        for (const [, v] of printed) {
          sum += toCents(v);
          if (v !== 0) nonzero++;
        }
        // A pass nobody keeps needs no location or note (see CheckContext.keepPasses).
        if (sum === toCents(total) && !ctx.keepPasses) {
          out.push(PASS);
          continue;
        }
        const location = {
          subject: subjectOf(t),
          ...(t.at?.page ? { page: t.at.page } : {}),
          ...(t.at?.line ? { line: t.at.line } : {}),
        };
        const note = `${label} = ${printed.map(([name]) => name).join(' + ')}`;
        out.push(compareCents(toCents(total), sum, nonzero, unit, location, note));
      }
    }
    return out;
  },
};
