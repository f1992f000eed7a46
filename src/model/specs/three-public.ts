// "三公"经费: 财政拨款"三公"经费支出情况表 (新疆 2025), 一般公共预算"三公"经费支出情况表 (新疆 2021),
// "三公"经费财政拨款预算表 (上海). Items are rows and funding sources columns, or (2021) items are
// columns over one row of values.
import { col } from './columns.js';
import type { ItemDef, TableSpec } from './types.js';

const TOTAL: ItemDef = { id: 'total', label: '合计' };
const OUTBOUND: ItemDef = { id: 'outbound', label: '因公出国（境）费', parent: 'total' };
const RECEPTION: ItemDef = { id: 'reception', label: '公务接待费', parent: 'total' };
const VEHICLE: ItemDef = {
  id: 'vehicle',
  label: '公务用车购置及运行费',
  aliases: ['公务用车购置及运行费（小计）', '公务用车购置及运行维护费'],
  parent: 'total',
};
const PURCHASE: ItemDef = { id: 'vehicle-purchase', label: '公务用车购置费', parent: 'vehicle' };
const OPERATION: ItemDef = {
  id: 'vehicle-operation',
  label: '公务用车运行费',
  aliases: ['公务用车运行维护费'],
  parent: 'vehicle',
};

/** 机关运行经费 printed beside the 三公 items (上海); not part of the 三公 total. */
const OPERATING: ItemDef = {
  id: 'operating-costs',
  label: '机关运行经费预算数',
  aliases: ['机关运行经费', '机关运行经费预算'],
};

/** As rows (新疆 2025 order). */
const ITEMS: readonly ItemDef[] = [TOTAL, OUTBOUND, RECEPTION, VEHICLE, PURCHASE, OPERATION];
/** As columns, in printed order (新疆 2021): 公务接待费 after the vehicle group. */
const ITEM_COLUMNS: readonly ItemDef[] = [TOTAL, OUTBOUND, VEHICLE, PURCHASE, OPERATION, RECEPTION];
/**
 * As columns (上海): 公务接待费 before the vehicle group, then 机关运行经费. Under the group header
 * 公务用车购置及运行费 the columns print as 小计 / 购置费 / 运行费.
 */
const ITEM_COLUMNS_SHANGHAI: readonly ItemDef[] = [
  TOTAL,
  OUTBOUND,
  RECEPTION,
  { ...VEHICLE, aliases: [...(VEHICLE.aliases ?? []), '小计'] },
  { ...PURCHASE, aliases: ['购置费'] },
  { ...OPERATION, aliases: [...(OPERATION.aliases ?? []), '运行费'] },
  OPERATING,
];

export const threePublic: TableSpec = {
  kind: 'three-public',
  name: '"三公"经费',
  nameEn: '"Three public" expenses',
  titles: [
    '“三公”经费支出情况表',
    '“三公”经费财政拨款预算表',
    '“三公”经费支出预算表',
    '“三公”经费和机关运行经费预算表',
  ],
  layouts: [
    {
      id: 'items-by-budget',
      blocks: [
        {
          id: 'main',
          rowKey: 'item',
          columns: [col('total', [col('general'), col('fund'), col('capital')])],
          items: ITEMS,
        },
      ],
    },
    {
      id: 'items-as-columns',
      orientation: 'items-as-columns',
      blocks: [{ id: 'main', rowKey: 'item', columns: [col('total')], items: ITEM_COLUMNS }],
    },
    {
      id: 'items-as-columns-shanghai',
      orientation: 'items-as-columns',
      blocks: [
        { id: 'main', rowKey: 'item', columns: [col('total')], items: ITEM_COLUMNS_SHANGHAI },
      ],
    },
  ],
};
