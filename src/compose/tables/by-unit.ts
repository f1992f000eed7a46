// Tables grouped by budget unit: 一般公共预算项目支出 (unit → 类 → 款 → project under its 项, with
// 经济分类 类 columns) and 上年结转结余 (unit → project, by fiscal/non-fiscal and 人员/公用/项目).
import type { TableRow } from '../../model/table.js';
import type { ComposeContext, Line } from '../lines.js';
import { Cells, codePath, codeRow, type ColumnsOf } from './cells.js';
import type { TableStyle } from './frame.js';

const TOTAL = '#total';

/** 经济分类 类 column of a line (e302 for 30201). */
export function economicClassColumn(l: Line): string | undefined {
  return l.economicCode ? `e${l.economicCode.slice(0, 3)}` : undefined;
}

function finish(style: TableStyle, total: TableRow, rows: TableRow[]): TableRow[] {
  if (rows.length === 0) return [];
  return style.totalFirst ? [total, ...rows] : [...rows, total];
}

/** 表7: per unit, its 类 and 款 rows, then each project under its 项 code. */
export function unitProjectRows(
  ctx: ComposeContext,
  style: TableStyle,
  columnsOf: ColumnsOf,
): TableRow[] {
  const cells = new Cells();
  const projects = new Map<string, { code: string; project: string }[]>();
  for (const l of ctx.lines) {
    const cols = columnsOf(l);
    if (cols.length === 0) continue;
    const name = l.project ?? '';
    cells.add(TOTAL, cols, l.fen);
    cells.add(`u|${l.unit}`, cols, l.fen);
    const [cls, kuan] = codePath(l.functionCode) as [string, string, string];
    cells.add(`c|${l.unit}|${cls}`, cols, l.fen);
    cells.add(`c|${l.unit}|${kuan}`, cols, l.fen);
    const key = `p|${l.unit}|${l.functionCode}|${name}`;
    if (!cells.has(key)) {
      const list = projects.get(l.unit) ?? [];
      list.push({ code: l.functionCode, project: name });
      projects.set(l.unit, list);
    }
    cells.add(key, cols, l.fen);
  }
  const rows: TableRow[] = [];
  for (const unit of ctx.units) {
    if (!cells.has(`u|${unit}`)) continue;
    rows.push({ kind: 'unit', name: unit, values: cells.values(`u|${unit}`, ctx.unit) });
    const list = [...(projects.get(unit) ?? [])].sort((a, b) => a.code.localeCompare(b.code));
    const codes = new Set(list.flatMap((p) => codePath(p.code).slice(0, 2)));
    for (const code of [...codes].sort()) {
      rows.push(
        codeRow(code, ctx.codeName('function', code), cells.values(`c|${unit}|${code}`, ctx.unit), {
          unit,
        }),
      );
      if (code.length !== 5) continue;
      for (const p of list.filter((x) => x.code.startsWith(code))) {
        rows.push({
          kind: 'project',
          code: p.code,
          level: '项',
          name: ctx.codeName('function', p.code),
          unit,
          ...(p.project ? { project: p.project } : {}),
          values: cells.values(`p|${unit}|${p.code}|${p.project}`, ctx.unit),
        });
      }
    }
  }
  const total: TableRow = {
    kind: 'total',
    name: style.totalName,
    values: cells.values(TOTAL, ctx.unit),
  };
  return finish(style, total, rows);
}

/** Row label of carried-over money that is not a project (基本支出). */
export const CARRYOVER_BASIC_LABEL = '基本支出';

/** 表11: last year's money per unit and project. */
export function carryoverRows(ctx: ComposeContext, style: TableStyle): TableRow[] {
  const cells = new Cells();
  const order = new Map<string, string[]>();
  for (const l of ctx.lines) {
    const side = l.info.carryover;
    if (!side) continue;
    const part =
      l.type === '人员经费' ? 'personnel' : l.type === '公用经费' ? 'public-use' : 'project';
    const cols = ['total', side, `${side}-${part}`];
    const name = l.project ?? CARRYOVER_BASIC_LABEL;
    cells.add(TOTAL, cols, l.fen);
    cells.add(`u|${l.unit}`, cols, l.fen);
    const key = `p|${l.unit}|${name}`;
    if (!cells.has(key)) order.set(l.unit, [...(order.get(l.unit) ?? []), name]);
    cells.add(key, cols, l.fen);
  }
  const rows: TableRow[] = [];
  for (const unit of ctx.units) {
    if (!cells.has(`u|${unit}`)) continue;
    rows.push({ kind: 'unit', name: unit, values: cells.values(`u|${unit}`, ctx.unit) });
    for (const name of order.get(unit) ?? []) {
      rows.push({
        kind: 'project',
        name,
        unit,
        project: name,
        values: cells.values(`p|${unit}|${name}`, ctx.unit),
      });
    }
  }
  const total: TableRow = {
    kind: 'total',
    name: style.totalName,
    values: cells.values(TOTAL, ctx.unit),
  };
  return finish(style, total, rows);
}
