// A code the catalog records as dropped before the document's year (20117 工商行政管理事务, until
// 2018) should not be printed in a later year's tables.
import type { CodeSystem } from '../../../model/catalog/index.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { codeIndex, rowLocation } from './codes.js';

const SYSTEMS: readonly CodeSystem[] = ['function', 'economic', 'economic-government'];

export const retiredCode: Rule = {
  id: 'classification:retired-code',
  category: 'classification',
  severity: 'warning',
  zh: '表中未使用当年已停用的科目编码',
  en: "No code in the tables was retired before the document's year",
  basis: '财政部《政府收支分类科目》：各年版本停用或并入其他科目的编码不再使用',
  evaluate: (d, ctx) => {
    const year = d.identity.year;
    if (year === null) return [];
    const out: FindingDraft[] = [];
    const { distinct } = codeIndex(ctx, d);
    for (const system of SYSTEMS) {
      for (const use of distinct[system]) {
        const { entry } = use.facts;
        if (entry?.retiredAfter === undefined || entry.retiredAfter >= year) continue;
        out.push({
          outcome: 'fail',
          location: rowLocation(use.table, use.row),
          actualText: `${entry.code} ${entry.name}`,
          note: `${entry.retiredAfter}年版后停用${entry.note ? `：${entry.note}` : ''}`,
        });
      }
    }
    return out;
  },
};
