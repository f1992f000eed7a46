// Every finding the narrative and presentation rules make on the two seeds that is not a pass,
// each verified by hand in the seed text.
import { describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../../../test/golden/load.js';
import { hasShared, needsShared } from '../../../../../test/helpers/shared.js';
import { checkDisclosure } from '../../../engine.js';

const only = ['narrative', 'presentation'];

function nonPass(name: string) {
  const r = checkDisclosure(parsedSeed(name).disclosure, { only });
  return {
    counts: r.counts,
    findings: r.findings.map((f) => [
      f.ruleId,
      f.location.section,
      f.location.subject,
      f.outcome,
      f.expected,
      f.actual,
    ]),
  };
}

describe('narrative rules on the seeds', () => {
  const s000 = '000_c55cbe189efa8a40.txt';
  it.skipIf(!hasShared('seeds', s000))(`seed 000 (${needsShared('seeds', s000)})`, () => {
    const { counts, findings } = nonPass(s000);
    // 五（三）'s 13 line changes: +106.71 −50.59 −20.01 −102.00 −498.24 −291.65 +456.60 −54.53
    // −5.38 +1.57 −6.31 −3.92 −40.89 = −508.64; 五（一）: 基本 −275.65 + 项目 −233.00 = −508.65.
    // One cent over 15 printed figures: rounding.
    expect(findings).toEqual([
      ['narrative:line-changes-sum', '五（三）', 'lines', 'rounding', -508.65, -508.64],
    ]);
    expect(counts.fail + counts.insufficient_data).toBe(0);
  });

  const s004 = '004_88207d3c283235c9.txt';
  it.skipIf(!hasShared('seeds', s004))(`seed 004 (${needsShared('seeds', s004)})`, () => {
    // 项目支出 +118.18 (49.72%, 三 and 五（一）) and 2010399 +178.18 (100.28%, 五（三）) agree:
    // 118.18 ÷ (355.86 − 118.18) = 49.72%, 178.18 ÷ (355.86 − 178.18) = 100.28%, and the lines
    // add up: +178.18 +27.34 −1.69 +2.14 −60.00 (2100410, 0 this year) = 145.97 = 27.79 + 118.18.
    const { counts, findings } = nonPass(s004);
    expect(findings).toEqual([]);
    expect(counts.pass).toBeGreaterThan(0);
  });
});
