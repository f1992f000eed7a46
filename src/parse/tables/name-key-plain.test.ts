// normalizeNameKey reads plain names (ideographs, digits, spaces, round brackets) in one pass
// instead of NFKC and regexes; the table reader calls it per row. Both ways must give one key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeNameKey } from '../../model/catalog/index.js';

/** The key as the model defines it (name-key.ts before the one-pass reading). */
function reference(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(/[（(【[〔［〖{｛]/g, '(')
    .replace(/[）)】\]〕］〗}｝]/g, ')')
    .replace(/[“”„‟"'‘’‚‛「」『』〝〞]/g, '"')
    .replace(/。+$/, '')
    .toLowerCase();
}

const LETTERS = [...'行政运行事业（）()  \t0123456789azAZ。、：:“”【】ＡＢ１．\u3000\u200b龥一丁'];

describe('normalizeNameKey on plain names', () => {
  it('gives the keys of the names of seed tables', () => {
    for (const name of [
      '行政运行',
      '其他政府办公厅（室）及相关机构事务支出',
      ' 事业运行 ',
      '2023年度',
    ])
      expect(normalizeNameKey(name)).toBe(reference(name));
    expect(normalizeNameKey('其他政府办公厅（室） 及相关机构事务')).toBe(
      '其他政府办公厅(室)及相关机构事务',
    );
  });

  it('equals the NFKC reading on any text of plain and other letters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LETTERS), { maxLength: 12 }), (letters) => {
        const name = letters.join('');
        expect(normalizeNameKey(name)).toBe(reference(name));
      }),
      { numRuns: 2000 },
    );
  });
});
