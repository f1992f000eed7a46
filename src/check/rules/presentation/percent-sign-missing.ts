// A share or a rate printed without its % sign: "占 12.34，", "增长 5.2。". A number after 占 or a
// rate word must be followed by %, or by a unit that makes it something else (万元, 人, 个…).
import type { Rule } from '../../rule.js';
import { textFindings } from './text-matches.js';

// 占 / 占比 / a rate word and a number; what follows it is looked at, not matched.
const RATE = /(?:占比?|增长|下降|降低|上升)了?\s*(\d+(?:,\d{3})*(?:\.\d+)?)(?=\s*(.?))/g;
// What may follow such a number other than %: units and counters. A set of letters, not a regex:
// it is asked of one letter per match, and a regex call per match cost more than the lookup.
const NOT_A_RATE: ReadonlySet<string> = new Set(
  '%％万亿千百元人名位个家台套辆项次倍户所件处间座平米年月日天周岁号点分亩吨条批期级种类份',
);

/** A digit or a point: the number runs on. */
function runsOn(letter: string): boolean {
  return letter === '.' || (letter >= '0' && letter <= '9');
}

export const percentSignMissing: Rule = {
  id: 'presentation:percent-sign-missing',
  category: 'presentation',
  severity: 'error',
  zh: '占比或增减率缺少百分号（如“占 12.34，”）',
  en: 'A share or rate of change is printed without its % sign',
  basis: '比率须标明百分号，否则读者无法区分金额与比率',
  evaluate: (d) =>
    textFindings(d, RATE, (m) => {
      // The one letter after the number (and its spaces), or '' at the end of the text.
      const next = m[2] ?? '';
      // A number running on (a date, a code) or a unit: not a missing % sign.
      return !NOT_A_RATE.has(next) && !runsOn(next);
    }),
};
