// 一 总体说明, 二 收入预算, 三 支出预算: all funds.
import type { ComposeContext } from '../lines.js';
import { REVENUE_SUBJECTS, subjectKey, type RevenueSubject } from '../input/subjects.js';
import type { ComposeWarning } from '../warnings.js';
import { figuresOf, ofRevenue } from './figures.js';
import { changeText, money, shareText } from './format.js';

/** How the 收入 narrative names each source (seed 000 二). */
const SPOKEN: Record<RevenueSubject, string> = {
  ...REVENUE_SUBJECTS,
  'general-transfer': '上级一般公共预算安排的转移支付资金',
  'fund-transfer': '上级政府性基金安排的转移支付资金',
  'capital-transfer': '上级国有资本经营预算安排的转移支付资金',
  'special-account': '财政专户（教育收费）',
};

/** Names in the 总体说明's 收入预算包括 list. */
const LISTED: Partial<Record<RevenueSubject, string>> = {
  'carryover-fiscal': '财政拨款结转结余',
  'carryover-nonfiscal': '非财政拨款结转结余',
};

export function overallText(ctx: ComposeContext): string {
  const f = figuresOf(ctx);
  const total = f.cents(() => true);
  const sources = (Object.keys(REVENUE_SUBJECTS) as RevenueSubject[])
    .filter((s) => !s.endsWith('-transfer') && f.cents(ofRevenue(s)) !== 0)
    .map((s) => LISTED[s] ?? REVENUE_SUBJECTS[s]);
  const classes = [
    ...new Set(ctx.lines.filter((l) => l.fen !== 0).map((l) => l.functionCode.slice(0, 3))),
  ]
    .sort()
    .filter((c) => f.cents((l) => l.functionCode.startsWith(c)) !== 0)
    .map((c) => ctx.codeName('function', c));
  return (
    `按照全口径预算的原则，${ctx.department}${ctx.year}年所有收入和支出均纳入部门预算管理。` +
    `收支总预算${money(total, ctx.unit)}。` +
    (sources.length ? `收入预算包括：${sources.join('、')}。` : '') +
    (classes.length ? `支出预算包括：${classes.join('、')}。` : '')
  );
}

export function revenueText(
  ctx: ComposeContext,
  warnings: ComposeWarning[],
  subjects: readonly RevenueSubject[],
): string {
  const f = figuresOf(ctx);
  const total = f.cents(() => true);
  // Without separate 上级转移支付 lines (新疆 2021), a budget's money includes its transfers.
  const withTransfers = !subjects.includes('general-transfer');
  const budgets: readonly string[] = ['general', 'fund', 'capital'];
  const parts = subjects.map((s) => {
    const cur = f.cents(
      withTransfers && budgets.includes(s) ? (l) => l.info.budget === s : ofRevenue(s),
    );
    const key = subjectKey.revenue(s);
    const prior = f.prior(key);
    if (cur === 0 && !prior) return `${SPOKEN[s]}未安排`;
    const reason = f.reason(key);
    return (
      `${SPOKEN[s]}${money(cur, ctx.unit)}${shareText(cur, total)}` +
      changeText(
        {
          current: cur,
          ...(prior === undefined ? {} : { prior }),
          ...(reason ? { reason } : {}),
          key,
          label: SPOKEN[s],
        },
        ctx.unit,
        warnings,
      )
    );
  });
  return `${ctx.department}部门收入预算${money(total, ctx.unit)}，其中：${parts.join('。')}。`;
}

export function expenditureText(ctx: ComposeContext, warnings: ComposeWarning[]): string {
  const f = figuresOf(ctx);
  const total = f.cents(() => true);
  const part = (t: 'basic' | 'project') => {
    const cur = f.cents((l) => l.basic === (t === 'basic'));
    const key = subjectKey.expenditure(t);
    const prior = f.prior(key);
    const reason = f.reason(key);
    const name = t === 'basic' ? '基本支出' : '项目支出';
    return (
      `${name}${money(cur, ctx.unit)}${shareText(cur, total)}` +
      changeText(
        {
          current: cur,
          ...(prior === undefined ? {} : { prior }),
          ...(reason ? { reason } : {}),
          key,
          label: name,
        },
        ctx.unit,
        warnings,
      )
    );
  };
  return `${ctx.department}${ctx.year}年支出预算${money(total, ctx.unit)}，其中：${part('basic')}。${part('project')}。`;
}
