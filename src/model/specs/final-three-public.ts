// 财政拨款"三公"经费支出决算表 (决算 表七): each item (合计, 因公出国（境）费, 公务用车购置及运行
// 维护费 with 小计/购置费/运行维护费, 公务接待费) is a group of two columns, 预算数 and 决算数, over one
// row of values.
import { fcol } from './final-columns.js';
import type { SpecForm } from './final-form.js';
import type { ItemDef } from './types.js';

/** In printed order (left to right). */
const ITEMS: readonly ItemDef[] = [
  { id: 'total', label: '合计' },
  { id: 'outbound', label: '因公出国（境）费', parent: 'total' },
  {
    id: 'vehicle',
    label: '公务用车购置及运行维护费',
    aliases: ['公务用车购置及运行费', '小计'],
    parent: 'total',
  },
  { id: 'vehicle-purchase', label: '公务用车购置费', aliases: ['购置费'], parent: 'vehicle' },
  {
    id: 'vehicle-operation',
    label: '公务用车运行维护费',
    aliases: ['公务用车运行费', '运行维护费'],
    parent: 'vehicle',
  },
  { id: 'reception', label: '公务接待费', parent: 'total' },
];

export const finalThreePublic: SpecForm = {
  kind: 'three-public',
  titles: ['财政拨款“三公”经费支出决算表', '“三公”经费支出决算表'],
  layouts: [
    {
      id: 'final',
      orientation: 'item-groups-as-columns',
      blocks: [
        { id: 'main', rowKey: 'item', columns: [fcol('budget'), fcol('final')], items: ITEMS },
      ],
    },
  ],
};
