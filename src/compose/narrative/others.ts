// 十 "三公"经费, 十一 上年结转结余, 十二 其他重要事项 (机关运行经费, 政府采购, 国有资产, 预算绩效).
import type { Cents } from '../../model/money.js';
import { fenOf, roundFen } from '../amounts.js';
import { isFiscal, type ComposeContext, type Line } from '../lines.js';
import { THREE_PUBLIC_LABELS, type ThreePublicInputItem } from '../input/schema.js';
import { subjectKey } from '../input/subjects.js';
import type { ComposeWarning } from '../warnings.js';
import { threePublicFen } from '../tables/three-public.js';
import { figuresOf } from './figures.js';
import { changeText, money } from './format.js';

const ITEMS: readonly ThreePublicInputItem[] = [
  'outbound',
  'vehicle-purchase',
  'vehicle-operation',
  'reception',
];

function threePublicPrior(
  ctx: ComposeContext,
  item: ThreePublicInputItem | 'total',
): Cents | undefined {
  const f = figuresOf(ctx);
  if (item === 'total') {
    const given = f.prior(subjectKey.threePublic('合计'));
    if (given !== undefined) return given;
    const parts = ITEMS.map((i) => threePublicPriorFen(ctx, i)).filter((v) => v !== undefined);
    return parts.length
      ? roundFen(
          parts.reduce((a, b) => a + b, 0),
          ctx.unit,
        )
      : undefined;
  }
  const fen = threePublicPriorFen(ctx, item);
  return fen === undefined ? undefined : roundFen(fen, ctx.unit);
}

function threePublicPriorFen(ctx: ComposeContext, item: ThreePublicInputItem): number | undefined {
  const rows = ctx.input.threePublic.filter((r) => r.item === item && r.prior !== undefined);
  if (rows.length) return rows.reduce((a, r) => a + fenOf(r.prior as number), 0);
  const v = ctx.input.prior[subjectKey.threePublic(THREE_PUBLIC_LABELS[item])];
  return v === undefined ? undefined : fenOf(v);
}

export function threePublicText(ctx: ComposeContext, warnings: ComposeWarning[]): string {
  const fen = threePublicFen(ctx);
  const cents = (id: string) => {
    const f = fen.get(id);
    return f ? roundFen(f.general + f.fund + f.capital, ctx.unit) : 0;
  };
  const list = ITEMS.map((i) => `${THREE_PUBLIC_LABELS[i]}${money(cents(i), ctx.unit)}`).join('，');
  let text = `${ctx.department}${ctx.year}年财政拨款“三公”经费数为${money(cents('total'), ctx.unit)}，其中：${list}。`;
  const totalPrior = threePublicPrior(ctx, 'total');
  if (totalPrior === undefined) return text;
  const totalKey = subjectKey.threePublic('合计');
  const totalReason = ctx.input.reasons[totalKey];
  text +=
    `${ctx.year}年财政拨款“三公”经费预算` +
    changeText(
      {
        current: cents('total'),
        prior: totalPrior,
        ...(totalReason ? { reason: totalReason } : {}),
        key: totalKey,
        label: '“三公”经费',
      },
      ctx.unit,
      [],
    ).replace(/^，/, '');
  const items = ITEMS.flatMap((i) => {
    const prior = threePublicPrior(ctx, i);
    if (prior === undefined) return [];
    const key = subjectKey.threePublic(THREE_PUBLIC_LABELS[i]);
    const reason =
      ctx.input.threePublic.find((r) => r.item === i && r.reason)?.reason ?? ctx.input.reasons[key];
    return [
      THREE_PUBLIC_LABELS[i] +
        changeText(
          {
            current: cents(i),
            prior,
            ...(reason ? { reason } : {}),
            key,
            label: THREE_PUBLIC_LABELS[i],
          },
          ctx.unit,
          warnings,
          { bare: true },
        ),
    ];
  });
  return text + (items.length ? `，其中：${items.join('；')}。` : '。');
}

export function carryoverText(ctx: ComposeContext, emptyStatement: string): string {
  const f = figuresOf(ctx);
  const all = f.cents((l) => l.info.carryover !== undefined);
  if (all === 0) return emptyStatement;
  const fiscal = f.cents((l) => l.info.carryover === 'fiscal');
  const nonfiscal = f.cents((l) => l.info.carryover === 'nonfiscal');
  return `${ctx.department}${ctx.year}年上年结转结余${money(all, ctx.unit)}，包括：财政拨款${money(fiscal, ctx.unit)}，非财政拨款${money(nonfiscal, ctx.unit)}。`;
}

export function operatingCostsText(
  ctx: ComposeContext,
  warnings: ComposeWarning[],
): string | undefined {
  const v = ctx.input.operatingCosts;
  if (v === undefined) return undefined;
  const f = figuresOf(ctx);
  const cur = roundFen(fenOf(v), ctx.unit);
  const key = subjectKey.operatingCosts();
  const prior = f.prior(key);
  const reason = f.reason(key);
  return (
    `${ctx.department}${ctx.year}年的机关运行经费财政拨款预算${money(cur, ctx.unit)}` +
    changeText(
      {
        current: cur,
        ...(prior === undefined ? {} : { prior }),
        ...(reason ? { reason } : {}),
        key,
        label: '机关运行经费',
      },
      ctx.unit,
      warnings,
    ) +
    '。'
  );
}

export function procurementCents(ctx: ComposeContext) {
  const p = ctx.input.procurement;
  if (!p) return undefined;
  const c = (v: number | undefined) => (v === undefined ? undefined : roundFen(fenOf(v), ctx.unit));
  const fen =
    (p.goods ? fenOf(p.goods) : 0) +
    (p.works ? fenOf(p.works) : 0) +
    (p.services ? fenOf(p.services) : 0);
  return {
    total: roundFen(fen, ctx.unit),
    goods: c(p.goods) ?? 0,
    works: c(p.works) ?? 0,
    services: c(p.services) ?? 0,
    sme: c(p.smeReserved),
    smallMicro: c(p.smallMicroReserved),
  };
}

export function procurementText(ctx: ComposeContext): string | undefined {
  const p = procurementCents(ctx);
  if (!p) return undefined;
  const u = ctx.unit;
  let text =
    `${ctx.year}年，${ctx.department}政府采购预算${money(p.total, u)}，其中：政府采购货物预算${money(p.goods, u)}，` +
    `政府采购工程预算${money(p.works, u)}，政府采购服务预算${money(p.services, u)}。`;
  if (p.sme !== undefined)
    text +=
      `${ctx.year}年，${ctx.department}面向中小企业预留政府采购项目预算金额${money(p.sme, u)}` +
      (p.smallMicro !== undefined
        ? `，小微企业预留政府采购项目预算金额${money(p.smallMicro, u)}`
        : '') +
      '。';
  return text;
}

/** 161437.29 → "161,437.29" (Intl formatting is slow per call). */
function areaText(area: number): string {
  const [whole, frac] = String(area).split('.') as [string, string | undefined];
  return `${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${frac ? `.${frac}` : ''}`;
}

export function assetsText(ctx: ComposeContext): string | undefined {
  const a = ctx.input.assets;
  if (!a) return undefined;
  const m = (v: number | undefined) =>
    money(roundFen(v === undefined ? 0 : fenOf(v), ctx.unit), ctx.unit);
  const parts = [
    `1.房屋${areaText(a.buildingArea ?? 0)}平方米，价值${m(a.buildingValue)}`,
    `2.车辆${a.vehicles ?? 0}辆，价值${m(a.vehicleValue)}`,
    `3.办公家具价值${m(a.furnitureValue)}`,
    `4.其他资产价值${m(a.otherValue)}`,
  ];
  return (
    `截至${a.asOf ?? `${ctx.year - 1}年底`}，${ctx.department}及下属各预算单位占用使用国有资产总体情况为：${parts.join('。')}。` +
    `部门价值50万元以上大型设备${a.largeEquipmentOver50 ?? 0}台，部门价值100万元以上大型设备${a.largeEquipmentOver100 ?? 0}台。` +
    `${ctx.year}年部门预算${a.plannedVehicles ? `安排购置车辆${a.plannedVehicles}辆` : '未安排购置车辆经费'}，` +
    `安排购置50万元以上大型设备${a.plannedEquipmentOver50 ?? 0}台，单位价值100万元以上大型设备${a.plannedEquipmentOver100 ?? 0}台。`
  );
}

/** 预算绩效: department targets, and the projects with their fiscal / non-fiscal money. */
export function performanceFigures(ctx: ComposeContext) {
  const f = figuresOf(ctx);
  // This year's projects only: carried-over money is not a project of this year's budget.
  const current = (l: Line) => !l.basic && l.info.carryover === undefined;
  const projects = new Set(ctx.lines.filter(current).map((l) => `${l.unit}|${l.project ?? ''}`));
  return {
    departmentTargets: ctx.input.performance.filter((p) => p.kind === 'department').length,
    departmentAmount: f.cents(() => true),
    projectCount: projects.size,
    fiscal: f.cents((l) => current(l) && isFiscal(l)),
    nonFiscal: f.cents((l) => current(l) && !isFiscal(l)),
  };
}

export function performanceText(ctx: ComposeContext): string {
  const p = performanceFigures(ctx);
  const u = ctx.unit;
  return (
    `${ctx.year}年，本部门预算绩效管理整体预算绩效目标${p.departmentTargets}个，涉及预算金额${money(p.departmentAmount, u)}；` +
    `当年预算安排项目共${p.projectCount}个，其中：财政拨款项目涉及预算金额${money(p.fiscal, u)}；` +
    `非财政拨款项目涉及预算金额${money(p.nonFiscal, u)}。`
  );
}
