// The changes of the parts add up to the change of the whole when the section states both: the
// "三公" items' changes make the "三公" change, 基本 + 项目 the change of 支出. Each printed
// change carries its own rounding.
import { fromCents } from '../../../model/money.js';
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { compareChanges, signedChangeCents } from './support/changes.js';
import { breakdowns } from './support/groups.js';
import { factLocation, subjectLabel } from './support/where.js';

export const changePartsSum: Rule = {
  id: 'narrative:change-parts-sum',
  category: 'narrative',
  severity: 'error',
  zh: '各部分比上年的增减额之和等于合计比上年的增减额（如“三公”各项增减之和等于“三公”经费增减）',
  en: 'The changes of the parts add up to the change of the whole (e.g. the "three public" items and their total)',
  basis: '合计的增减额等于各组成部分增减额之和（上年合计 = 上年各部分之和）',
  evaluate: (d, ctx): FindingDraft[] => {
    const out: FindingDraft[] = [];
    for (const { whole, parts } of breakdowns(d, ctx, (f) => signedChangeCents(f) !== undefined)) {
      if (parts.some((p) => p.unit !== whole.unit)) continue;
      const cents = parts.map((p) => signedChangeCents(p) ?? 0);
      const sum = cents.reduce((s, c) => s + c, 0);
      const actual = signedChangeCents(whole) ?? 0;
      if (actual === sum && !ctx.keepPasses) {
        out.push(PASS);
        continue;
      }
      const nonzero = cents.filter((c) => c !== 0).length;
      const note = parts
        .map((p) => `${subjectLabel(p.subject)} ${fromCents(signedChangeCents(p) ?? 0)}`)
        .join(' + ');
      out.push(compareChanges(actual, sum, nonzero, whole.unit, factLocation(whole), note));
    }
    return out;
  },
};
