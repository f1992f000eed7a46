// parseNarrative never throws and always returns schema-valid data: on the seeds' narrative with
// lines dropped, shuffled, split, duplicated or cut short, and on random text built from the
// characters that drive the parser (numbers, units, punctuation, heading markers).
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textLayout } from '../../ingest/index.js';
import type { LayoutLine } from '../../model/layout.js';
import { NarrativeSchema } from '../../model/narrative.js';
import { ParseWarningSchema } from '../../model/parse-warning.js';
import { segment } from '../segment.js';
import { parseNarrative } from './index.js';
import { seededRandom } from '../../../test/helpers/random.js';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
const SEED_NAMES = ['000_c55cbe189efa8a40.txt', '004_88207d3c283235c9.txt'];

function check(lines: readonly LayoutLine[]): void {
  const r = parseNarrative(lines, { unit: '万元', year: 2025 });
  NarrativeSchema.parse(r.narrative);
  for (const w of r.warnings) ParseWarningSchema.parse(w);
  for (const s of r.sectionLines) expect(s.number).not.toBe('');
}

function mutate(lines: readonly LayoutLine[], random: () => number): LayoutLine[] {
  const out = [...lines];
  const pick = () => Math.floor(random() * out.length);
  const ops = 1 + Math.floor(random() * 8);
  for (let k = 0; k < ops && out.length > 0; k++) {
    const i = pick();
    const line = out[i] as LayoutLine;
    switch (Math.floor(random() * 6)) {
      case 0:
        out.splice(i, 1 + Math.floor(random() * 5));
        break;
      case 1: {
        const j = pick();
        out[i] = out[j] as LayoutLine;
        out[j] = line;
        break;
      }
      case 2: {
        const cut = Math.floor(random() * line.text.length);
        out.splice(
          i,
          1,
          { ...line, text: line.text.slice(0, cut) },
          { ...line, text: line.text.slice(cut) },
        );
        break;
      }
      case 3:
        out.splice(i, 0, line);
        break;
      case 4:
        out.length = i;
        break;
      default: {
        const window = out.splice(i, 1 + Math.floor(random() * 10));
        window.sort(() => random() - 0.5);
        out.splice(pick(), 0, ...window);
      }
    }
  }
  return out;
}

describe.skipIf(!existsSync(SEEDS))(
  'parseNarrative robustness on the seeds (needs ../shared/seeds)',
  () => {
    it('survives dropped, shuffled, split, duplicated and truncated lines', () => {
      for (const name of SEED_NAMES) {
        const lines = segment(textLayout(readFileSync(new URL(name, SEEDS)), name).lines).narrative;
        for (let seed = 1; seed <= 150; seed++) {
          const mutated = mutate(lines, seededRandom(seed));
          expect(() => check(mutated), `${name} seed ${seed}`).not.toThrow();
        }
        expect(() => check([...lines].reverse())).not.toThrow();
      }
    });
  },
);

const PIECES = [
  '一、',
  '十一、',
  '（一）',
  '(二) ',
  '1、',
  '2.',
  '关于',
  '收入预算',
  '基本支出',
  '公务用车购置费',
  '（类）',
  '（项）',
  '情况说明',
  '主要原因是',
  '比上年预算',
  '增加',
  '下降',
  '占',
  '未安排',
  '无变化',
  '其中',
  '14,303.93',
  '0.0',
  '1,2',
  '9999999999999999999999',
  '.',
  '万元',
  '亿元',
  '%',
  '，',
  '。',
  '；',
  '：',
  ' ',
  '“',
];

describe('parseNarrative robustness on random text', () => {
  it('never throws on lines made of the pieces that drive it', () => {
    const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (texts) => {
        check(texts.map((text, i) => ({ text, line: i + 1 })));
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on a long line of digits and a long unpunctuated paragraph', () => {
    const long = [
      { text: '一、收入预算情况说明', line: 1 },
      { text: '9'.repeat(50_000), line: 2 },
      { text: '收入预算'.repeat(20_000), line: 3 },
      { text: `${'1,'.repeat(20_000)}万元`, line: 4 },
    ];
    const t0 = performance.now();
    check(long);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
