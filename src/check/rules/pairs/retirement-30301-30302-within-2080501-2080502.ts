// 30301 + 30302 ≤ 2080501 + 2080502: 离休费 and 退休费 are paid from the 离退休 lines, which may also
// hold other spending on retirees (seed 000: all of 303 equals 2080501 + 2080502); 303 is shown.
import { pairRule } from './pair.js';

export const retirement = pairRule(
  {
    id: 'cross-table:retirement-30301-30302-within-2080501-2080502',
    zh: '经济分类 30301 离休费 + 30302 退休费 通常不超过 2080501 行政单位离退休 + 2080502 事业单位离退休（一般公共预算基本支出）',
    en: 'Economic 30301 + 30302 (retirement pay) normally do not exceed 2080501 + 2080502 (general budget, basic)',
    basis:
      '《政府收支分类科目》：功能分类与部门预算支出经济分类记录同一笔支出；离休费、退休费列 2080501/2080502，这两项还可含其他离退休支出',
  },
  {
    functionCodes: ['2080501', '2080502'],
    economicCodes: ['30301', '30302'],
    relation: 'economic-within',
    alsoShow: ['303'],
  },
);
