// Column vocabulary shared by the table specs: each column meaning is declared here once, with
// its header texts; the specs compose them into layouts.
import type { ColumnNode } from './types.js';

interface ColumnDef {
  readonly label: string;
  readonly aliases?: readonly string[];
}

export const COLUMNS = {
  total: { label: '合计', aliases: ['总计', '小计', '预算数', '项目支出合计', '支出预算合计'] },
  amount: { label: '预算数', aliases: ['金额', '决算数'] },
  basic: { label: '基本支出' },
  project: { label: '项目支出' },
  personnel: { label: '人员经费' },
  'public-use': { label: '公用经费' },
  fiscal: {
    label: '财政拨款（补助）小计',
    aliases: ['财政拨款（补助）', '财政拨款小计', '财政拨款'],
  },
  general: { label: '一般公共预算', aliases: ['一般公共预算拨款', '一般公共预算拨款收入'] },
  'general-transfer': { label: '上级一般公共预算安排的转移支付' },
  fund: { label: '政府性基金预算', aliases: ['政府性基金预算拨款', '政府性基金'] },
  'fund-transfer': { label: '上级政府性基金安排的转移支付' },
  capital: { label: '国有资本经营预算', aliases: ['国有资本经营预算拨款'] },
  'capital-transfer': { label: '上级国有资本经营预算安排的转移支付' },
  'special-account': {
    label: '财政专户（教育收费）',
    aliases: ['财政专户管理资金', '财政专户核拨', '财政专户'],
  },
  'unit-funds': { label: '单位资金' },
  'business-income': { label: '事业收入' },
  'business-operating': { label: '事业单位经营收入' },
  'unit-other': { label: '单位其他资金收入', aliases: ['其他收入'] },
  'unit-carryover': {
    label: '单位上年结余（不包括国库集中支付额度结余）',
    aliases: ['单位上年结余'],
  },
  'carryover-fiscal': { label: '财政拨款结转' },
  'carryover-nonfiscal': { label: '非财政拨款结转结余' },
  e301: { label: '工资福利支出' },
  e302: { label: '商品和服务支出' },
  e303: { label: '对个人和家庭的补助' },
  e307: { label: '债务利息及费用支出' },
  e309: { label: '资本性支出（基本建设）' },
  e310: { label: '资本性支出' },
  e311: { label: '对企业补助（基本建设）' },
  e312: { label: '对企业补助' },
  e313: { label: '对社会保障基金补助' },
  e399: { label: '其他支出' },
  outbound: { label: '因公出国（境）费' },
  vehicle: { label: '公务用车购置及运行费', aliases: ['公务用车购置及运行维护费'] },
  'vehicle-purchase': { label: '公务用车购置费' },
  'vehicle-operation': { label: '公务用车运行费', aliases: ['公务用车运行维护费'] },
  reception: { label: '公务接待费' },
  nonfiscal: { label: '非财政拨款小计', aliases: ['非财政拨款'] },
  'fiscal-personnel': { label: '财政拨款人员经费' },
  'fiscal-public-use': { label: '财政拨款公用经费' },
  'fiscal-project': { label: '财政拨款项目支出' },
  'nonfiscal-personnel': { label: '非财政拨款人员经费' },
  'nonfiscal-public-use': { label: '非财政拨款公用经费' },
  'nonfiscal-project': { label: '非财政拨款项目支出' },
} as const satisfies Record<string, ColumnDef>;

export type ColumnId = keyof typeof COLUMNS;

/** A column node of the vocabulary, with optional sub-columns (whose sum it is). */
export function col(id: ColumnId, children?: readonly ColumnNode[]): ColumnNode {
  const def: ColumnDef = COLUMNS[id];
  return {
    id,
    label: def.label,
    ...(def.aliases ? { aliases: def.aliases } : {}),
    ...(children ? { children } : {}),
  };
}

/** A column node printed under another header text than the vocabulary's label. */
export function colAs(id: ColumnId, label: string, children?: readonly ColumnNode[]): ColumnNode {
  const def: ColumnDef = COLUMNS[id];
  const aliases = [def.label, ...(def.aliases ?? [])].filter((a) => a !== label);
  return { ...col(id, children), label, aliases };
}

/** The 经济分类 类 columns of the 项目支出 table, in the national template's order. */
export const ECONOMIC_CLASS_COLUMNS: readonly ColumnNode[] = (
  ['e301', 'e302', 'e303', 'e307', 'e309', 'e310', 'e311', 'e312', 'e313', 'e399'] as const
).map((id) => col(id));
