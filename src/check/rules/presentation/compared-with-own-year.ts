// A budget compares itself with last year: "比2026年预算增加" in the 2026 budget compares the year
// with itself (司法局 2026: five times, the reviewer's first point).
import type { Rule } from '../../rule.js';
import { textFindings } from './text-matches.js';

const AGAINST = /(?:比|与|较|同)(\d{4})年度?(?:当年)?预算/g;
// Every match ends in 年预算 or 度预算 (年度预算, 年当年预算 included).
const YEAR_BUDGET = ['年预算', '度预算'];

export const comparedWithOwnYear: Rule = {
  id: 'presentation:compared-with-own-year',
  category: 'presentation',
  severity: 'warning',
  zh: '预算说明的增减比较对象是上年（而不是本年或以后年度）',
  en: 'A budget’s year-on-year comparison is against an earlier year, not the budget year itself',
  basis: `财政部《地方预决算公开操作规程》（财预〔2016〕143号）：说明本年预算与上年相比的增减变化`,
  evaluate: (d) => {
    const year = d.identity.year;
    if (d.identity.kind !== '预算' || !year) return [];
    return textFindings(d, AGAINST, (m) => Number(m[1]) >= year, YEAR_BUDGET);
  },
};
