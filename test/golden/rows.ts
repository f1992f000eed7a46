// Small builders for expected table rows, so the expectation files read like the printed tables.
import type { CodeLevel } from '../../src/model/table.js';
import type { ExpectedCell, ExpectedRow, UndeterminedCell } from './expected-types.js';

type Values = Readonly<Record<string, ExpectedCell>>;

function levelOf(code: string): CodeLevel {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : '项';
}

/** A 功能分类 / 经济分类 row; `unit` for tables that group rows by budget unit. */
export function codeRow(
  line: number,
  code: string,
  name: string,
  values: Values,
  extra: { unit?: string; block?: 'income' | 'expenditure' } = {},
): ExpectedRow {
  return { line, kind: 'code', code, level: levelOf(code), name, values, ...extra };
}

/** A project row: under a 项 code (项目支出 table) or directly under its unit (结转 table). */
export function projectRow(
  line: number,
  opts: { code?: string; name: string; project?: string; unit: string },
  values: Values,
  undetermined?: readonly UndeterminedCell[],
): ExpectedRow {
  return {
    line,
    kind: 'project',
    ...(opts.code ? { code: opts.code, level: levelOf(opts.code) } : {}),
    name: opts.name,
    ...(opts.project ? { project: opts.project } : {}),
    unit: opts.unit,
    values,
    ...(undetermined ? { undetermined } : {}),
  };
}

export function unitRow(line: number, name: string, values: Values): ExpectedRow {
  return { line, kind: 'unit', name, values };
}

export function totalRow(
  line: number,
  name: string,
  values: Values,
  block?: 'income' | 'expenditure',
): ExpectedRow {
  return { line, kind: 'total', name, values, ...(block ? { block } : {}) };
}

/** An item row (收入 items, 三公 items); the `total` item is a total row. */
export function itemRow(
  line: number,
  item: string,
  name: string,
  values: Values,
  block?: 'income' | 'expenditure',
): ExpectedRow {
  return {
    line,
    kind: item === 'total' ? 'total' : 'item',
    item,
    name,
    values,
    ...(block ? { block } : {}),
  };
}

/** 功能分类 类 names as both seeds print them in the 支出 side of 收支总体 and 财政拨款收支总体. */
export const CLASS_NAMES: Readonly<Record<string, string>> = {
  '201': '一般公共服务支出',
  '202': '外交支出',
  '203': '国防支出',
  '204': '公共安全支出',
  '205': '教育支出',
  '206': '科学技术支出',
  '207': '文化旅游体育与传媒支出',
  '208': '社会保障和就业支出',
  '209': '社会保险基金支出',
  '210': '卫生健康支出',
  '211': '节能环保支出',
  '212': '城乡社区支出',
  '213': '农林水支出',
  '214': '交通运输支出',
  '215': '资源勘探工业信息等支出',
  '216': '商业服务业等支出',
  '217': '金融支出',
  '219': '援助其他地区支出',
  '220': '自然资源海洋气象等支出',
  '221': '住房保障支出',
  '222': '粮油物资储备支出',
  '223': '国有资本经营预算支出',
  '224': '灾害防治及应急管理支出',
  '227': '预备费',
  '229': '其他支出',
  '230': '转移性支出',
  '231': '债务还本支出',
  '232': '债务付息支出',
  '233': '债务发行费用支出',
  '234': '抗疫特别国债还本支出',
};

/**
 * The 支出 block of a two-sided table: one 类 row per printed line (every other line of the
 * seed, blank lines between), blank unless `values` gives the class's cells.
 */
export function classRows(
  firstLine: number,
  codes: readonly string[],
  values: Readonly<Record<string, Values>>,
): ExpectedRow[] {
  return codes.map((code, i) =>
    codeRow(firstLine + 2 * i, code, CLASS_NAMES[code] ?? code, values[code] ?? {}, {
      block: 'expenditure',
    }),
  );
}
