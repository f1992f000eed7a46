// The parts beside the tables and the 情况说明 figures: 概况, projects, 绩效目标, 机关运行经费, 政府采购,
// 国有资产 and the 预算绩效 overview — the same figures and texts the narrative prints.
import { fromCents, type Amount } from '../model/money.js';
import type {
  Assets,
  OperatingCosts,
  PerformanceOverview,
  Procurement,
} from '../model/other-matters.js';
import type { Overview } from '../model/overview.js';
import type { PerformanceTarget } from '../model/performance.js';
import type { Project } from '../model/project.js';
import { fenOf, roundFen } from './amounts.js';
import { subjectKey } from './input/subjects.js';
import type { ComposeContext } from './lines.js';
import { figuresOf } from './narrative/figures.js';
import { chineseNumber } from './narrative/index.js';
import {
  assetsText,
  operatingCostsText,
  performanceFigures,
  performanceText,
  procurementCents,
  procurementText,
} from './narrative/others.js';
import { allocationText, generalProjects } from './narrative/projects.js';

export interface Matters {
  overview: Overview;
  projects: Project[];
  performance: PerformanceTarget[];
  operatingCosts?: OperatingCosts;
  procurement?: Procurement;
  assets?: Assets;
  performanceOverview?: PerformanceOverview;
}

const amount = (cents: number): Amount => fromCents(cents);

function overviewOf(ctx: ComposeContext): Overview {
  const o = ctx.input.overview;
  const s = o.staffing;
  const subordinate = ctx.units.filter((u) => u !== ctx.units[0]).length;
  return {
    functions: o.functions,
    internalUnits: { count: o.internalUnits.length, names: o.internalUnits },
    budgetUnits: { subordinateCount: subordinate, names: [...ctx.units] },
    staffing: {
      ...(s.authorized === undefined ? {} : { authorized: s.authorized }),
      ...(s.actual === undefined ? {} : { actual: s.actual }),
      ...(s.active === undefined ? {} : { active: { count: s.active } }),
      ...(s.retired === undefined ? {} : { retired: { count: s.retired } }),
      ...(s.separated === undefined ? {} : { separated: { count: s.separated } }),
    },
  };
}

function projectsOf(ctx: ComposeContext): Project[] {
  return generalProjects(ctx).map((p, i) => {
    const alloc = allocationText(ctx, p.note);
    const items = (p.note?.allocationItems ?? []).map((it) => ({
      name: it.name,
      amount: amount(roundFen(fenOf(it.amount), ctx.unit)),
    }));
    return {
      number: `（${chineseNumber(i + 1)}）`,
      name: p.name,
      ...(p.note?.basis ? { basis: p.note.basis } : {}),
      scale: amount(p.scale),
      unit: ctx.unit,
      owner: p.note?.unit ?? p.unit,
      ...(alloc ? { allocation: { text: alloc, items } } : {}),
      ...(p.note?.period ? { period: p.note.period } : {}),
    };
  });
}

function performanceOf(ctx: ComposeContext): PerformanceTarget[] {
  const f = figuresOf(ctx);
  return ctx.input.performance.map((t) => {
    const lines = (l: { unit: string; project?: string; basic: boolean }) =>
      t.kind === 'department'
        ? true
        : !l.basic && l.project === t.project && (t.unit === undefined || l.unit === t.unit);
    const total = f.cents(lines);
    const fiscal = f.cents((l) => lines(l) && l.info.budget !== undefined);
    return {
      kind: t.kind,
      year: ctx.year,
      unit: t.unit ?? ctx.department,
      ...(t.project ? { project: t.project } : {}),
      ...(t.manager ? { manager: t.manager } : {}),
      ...(t.nature ? { nature: t.nature } : {}),
      ...(t.category ? { category: t.category } : {}),
      ...(t.start || t.end
        ? { period: { ...(t.start ? { start: t.start } : {}), ...(t.end ? { end: t.end } : {}) } }
        : {}),
      funds: { total: amount(total), fiscal: amount(fiscal), other: amount(total - fiscal) },
      goal: t.goal,
      ...(t.projectGoal ? { projectGoal: t.projectGoal } : {}),
      indicators: t.indicators.map((i) => ({
        level1: i.level1,
        level2: i.level2,
        name: i.name,
        value: { text: i.value },
        ...(i.basis ? { basis: i.basis } : {}),
      })),
    };
  });
}

export function composeMatters(ctx: ComposeContext): Matters {
  const u = ctx.unit;
  const out: Matters = {
    overview: overviewOf(ctx),
    projects: projectsOf(ctx),
    performance: performanceOf(ctx),
  };
  const opText = operatingCostsText(ctx, []);
  if (opText && ctx.input.operatingCosts !== undefined) {
    const cur = roundFen(fenOf(ctx.input.operatingCosts), u);
    const key = subjectKey.operatingCosts();
    const prior = figuresOf(ctx).prior(key);
    const reason = ctx.input.reasons[key];
    const diff = prior === undefined ? undefined : cur - prior;
    out.operatingCosts = {
      amount: amount(cur),
      unit: u,
      ...(diff === undefined
        ? {}
        : {
            change: {
              direction: diff > 0 ? 'increase' : diff < 0 ? 'decrease' : 'unchanged',
              amount: amount(Math.abs(diff)),
              against: '上年预算',
            },
          }),
      ...(reason ? { reason } : {}),
      text: opText,
    };
  }
  const p = procurementCents(ctx);
  const pText = procurementText(ctx);
  if (p && pText)
    out.procurement = {
      unit: u,
      total: amount(p.total),
      goods: amount(p.goods),
      works: amount(p.works),
      services: amount(p.services),
      ...(p.sme === undefined ? {} : { smeReserved: amount(p.sme) }),
      ...(p.smallMicro === undefined ? {} : { smallMicroReserved: amount(p.smallMicro) }),
      text: pText,
    };
  const a = ctx.input.assets;
  const aText = assetsText(ctx);
  if (a && aText) {
    const c = (v: number | undefined) => amount(roundFen(v === undefined ? 0 : fenOf(v), u));
    out.assets = {
      unit: u,
      ...(a.asOf ? { asOf: a.asOf } : {}),
      buildings: { area: a.buildingArea ?? 0, value: c(a.buildingValue) },
      vehicles: { count: a.vehicles ?? 0, value: c(a.vehicleValue), byKind: [] },
      furniture: { value: c(a.furnitureValue) },
      other: { value: c(a.otherValue) },
      largeEquipment: {
        over50: a.largeEquipmentOver50 ?? 0,
        over100: a.largeEquipmentOver100 ?? 0,
      },
      planned: {
        vehicleFunds: 0,
        vehicles: a.plannedVehicles ?? 0,
        largeEquipmentOver50: a.plannedEquipmentOver50 ?? 0,
        largeEquipmentOver100: a.plannedEquipmentOver100 ?? 0,
        text: aText,
      },
      text: aText,
    };
  }
  const perf = performanceFigures(ctx);
  out.performanceOverview = {
    unit: u,
    departmentTargets: perf.departmentTargets,
    departmentAmount: amount(perf.departmentAmount),
    projectCount: perf.projectCount,
    projectAmount: amount(perf.fiscal + perf.nonFiscal),
    fiscalProjectAmount: amount(perf.fiscal),
    nonFiscalProjectAmount: amount(perf.nonFiscal),
    text: performanceText(ctx),
  };
  return out;
}
