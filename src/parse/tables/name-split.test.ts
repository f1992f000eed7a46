import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupCode, matchName, type CodeSystem } from '../../model/catalog/index.js';
import { splitCodeName } from './name-split.js';

describe('splitCodeName', () => {
  it('splits a 项 name from the project printed after it (seed 000 表7)', () => {
    const text = '其他政府办公厅（室）及相关机构事务支出 驻外办事处业务工作经费';
    expect(splitCodeName('function', '2010399', text, 2025)).toEqual({
      name: '其他政府办公厅（室）及相关机构事务支出',
      project: '驻外办事处业务工作经费',
    });
  });

  // splitCodeName tries matchName only at cuts whose key length can match (see cutFilter): it
  // must cut where trying every cut does.
  it('cuts where trying matchName at every cut would', () => {
    const codes = ['2010301', '2010302', '2010350', '2010399', '2080501', '2210201', '2013299'];
    const piece = fc.constantFrom(
      '',
      ' ',
      '支出',
      '（室）',
      '(',
      ')',
      '。',
      '（项）',
      '经费',
      'Ａ1',
    );
    const text = fc
      .tuple(fc.constantFrom(...codes), fc.nat(40), piece, piece, fc.constantFrom('', ' 项目'))
      .map(([code, cut, a, b, c]) => {
        const name = lookupCode('function', code)?.name ?? '';
        const at = cut % (name.length + 1);
        return { code, text: `${name.slice(0, at)}${a}${name.slice(at)}${b}${c}` };
      });
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 2018, 2021, 2025), ({ code, text }, year) => {
        const split = splitCodeName('function', code, text, year);
        const cut = everyCut('function', code, text, year);
        if (cut === undefined) return; // no full name: the partial and fallback reading follow
        const project = text.slice(cut).trim();
        expect(split).toEqual({ name: text.slice(0, cut).trim(), ...(project ? { project } : {}) });
      }),
      { numRuns: 1500, seed: 20251122 },
    );
  });
});

/** Reference: the end of the longest name match after the first cut that matches, by brute force. */
function everyCut(system: CodeSystem, code: string, text: string, year?: number) {
  const isName = (cut: number) => {
    const m = matchName(system, text.slice(0, cut), { code, ...(year ? { year } : {}) });
    return m.kind === 'exact' || m.kind === 'tolerant' || m.kind === 'former';
  };
  if (!lookupCode(system, code, year)) return undefined;
  let first = -1;
  for (let cut = 1; cut <= text.length && first < 0; cut++) if (isName(cut)) first = cut;
  if (first < 0) return undefined;
  let end = first;
  for (let more = first + 1; more <= text.length; more++) if (isName(more)) end = more;
  return end;
}
