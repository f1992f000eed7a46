// 四 财政拨款收支总体, 五 一般公共预算当年拨款 (规模, 结构, 具体使用), 六 基本支出, 八/九 the other two
// budgets.
import {
  isCapital,
  isFiscal,
  isFund,
  isGeneral,
  type ComposeContext,
  type Line,
} from '../lines.js';
import { subjectKey } from '../input/subjects.js';
import type { ComposeWarning } from '../warnings.js';
import { figuresOf } from './figures.js';
import { changeText, money, shareText } from './format.js';

function classesOf(ctx: ComposeContext, pred: (l: Line) => boolean): string[] {
  const f = figuresOf(ctx);
  return [...new Set(ctx.lines.filter(pred).map((l) => l.functionCode.slice(0, 3)))]
    .sort()
    .filter((c) => f.cents((l) => pred(l) && l.functionCode.startsWith(c)) !== 0);
}

export function fiscalText(ctx: ComposeContext): string {
  const f = figuresOf(ctx);
  const total = f.cents(isFiscal);
  const budgets = [
    ['一般公共预算拨款', f.cents(isGeneral)],
    ['政府性基金预算拨款', f.cents(isFund)],
    ['国有资本经营预算拨款', f.cents(isCapital)],
  ] as const;
  const income = budgets.filter(([, c]) => c !== 0).map(([n, c]) => `${n}${money(c, ctx.unit)}`);
  const classes = classesOf(ctx, isGeneral).map(
    (c) =>
      `${ctx.codeName('function', c)}${money(
        f.cents((l) => isGeneral(l) && l.functionCode.startsWith(c)),
        ctx.unit,
      )}`,
  );
  return (
    `${ctx.year}年财政拨款收支总预算${money(total, ctx.unit)}。` +
    (income.length ? `收入预算包括：${income.join('、')}。` : '') +
    (classes.length ? `一般公共预算支出包括：${classes.join('；')}。` : '')
  );
}

export function generalScaleText(ctx: ComposeContext, warnings: ComposeWarning[]): string {
  const f = figuresOf(ctx);
  const part = (t: 'basic' | 'project') => {
    const cur = f.cents((l) => isGeneral(l) && l.basic === (t === 'basic'));
    const key = subjectKey.general(t);
    const prior = f.prior(key);
    const reason = f.reason(key);
    const name = t === 'basic' ? '基本支出' : '项目支出';
    return (
      `${name}${money(cur, ctx.unit)}` +
      changeText(
        {
          current: cur,
          ...(prior === undefined ? {} : { prior }),
          ...(reason ? { reason } : {}),
          key,
          label: `一般公共预算${name}`,
        },
        ctx.unit,
        warnings,
      )
    );
  };
  const total = f.cents(isGeneral);
  return `${ctx.department}${ctx.year}年一般公共预算拨款合计${money(total, ctx.unit)}，其中：${part('basic')}。${part('project')}。`;
}

export function generalStructureText(ctx: ComposeContext): string {
  const f = figuresOf(ctx);
  const total = f.cents(isGeneral);
  const parts = classesOf(ctx, isGeneral).map((c, i) => {
    const cur = f.cents((l) => isGeneral(l) && l.functionCode.startsWith(c));
    return `${i + 1}、${ctx.codeName('function', c)}（类）${money(cur, ctx.unit)}${shareText(cur, total).replace(/^，/, '，')}。`;
  });
  return parts.length ? parts.join('') : `${ctx.year}年没有一般公共预算当年拨款。`;
}

/** 项 lines with money this year, or with a last-year figure given (a line that went to zero). */
export function generalLineCodes(ctx: ComposeContext): string[] {
  const codes = new Set(ctx.lines.filter(isGeneral).map((l) => l.functionCode));
  for (const key of Object.keys(ctx.input.prior)) {
    const m = /^功能分类:(\d{7})$/.exec(key);
    if (m?.[1]) codes.add(m[1]);
  }
  return [...codes].sort();
}

export function generalLinesText(ctx: ComposeContext, warnings: ComposeWarning[]): string {
  const f = figuresOf(ctx);
  const parts = generalLineCodes(ctx).map((code, i) => {
    const path = [code.slice(0, 3), code.slice(0, 5), code].map((c) => ctx.codeName('function', c));
    const cur = f.cents((l) => isGeneral(l) && l.functionCode === code);
    const key = subjectKey.function(code);
    const prior = f.prior(key);
    const reason = f.reason(key);
    return (
      `${i + 1}、${path[0]}（类）${path[1]}（款）${path[2]}（项）：${ctx.year}年预算数为${money(cur, ctx.unit)}` +
      changeText(
        {
          current: cur,
          ...(prior === undefined ? {} : { prior }),
          ...(reason ? { reason } : {}),
          key,
          label: `${code} ${path[2]}`,
        },
        ctx.unit,
        warnings,
      ) +
      '。'
    );
  });
  return parts.join('');
}

export function basicText(ctx: ComposeContext): string {
  const f = figuresOf(ctx);
  const basic = (l: Line) => isGeneral(l) && l.basic;
  const names = (type: Line['type']) =>
    [
      ...new Set(
        ctx.lines
          .filter((l) => basic(l) && l.type === type && l.economicCode)
          .map((l) => l.economicCode as string),
      ),
    ]
      .sort()
      .map((c) => ctx.codeName('economic', c));
  const group = (type: Line['type']) => {
    const list = names(type);
    return `${type}${money(
      f.cents((l) => basic(l) && l.type === type),
      ctx.unit,
    )}${list.length ? `，主要包括：${list.join('、')}` : ''}。`;
  };
  return `${ctx.department}${ctx.year}年一般公共预算基本支出${money(f.cents(basic), ctx.unit)}，其中：${group('人员经费')}${group('公用经费')}`;
}

export function otherBudgetText(
  ctx: ComposeContext,
  budget: 'fund' | 'capital',
  emptyStatement: string,
): string {
  const pred = budget === 'fund' ? isFund : isCapital;
  const f = figuresOf(ctx);
  const total = f.cents(pred);
  if (total === 0) return emptyStatement;
  const name = budget === 'fund' ? '政府性基金预算拨款' : '国有资本经营预算拨款';
  const classes = classesOf(ctx, pred).map(
    (c) =>
      `${ctx.codeName('function', c)}${money(
        f.cents((l) => pred(l) && l.functionCode.startsWith(c)),
        ctx.unit,
      )}`,
  );
  return `${ctx.department}${ctx.year}年${name}安排的支出${money(total, ctx.unit)}，包括：${classes.join('；')}。`;
}
