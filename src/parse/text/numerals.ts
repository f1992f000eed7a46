// Chinese numerals as printed in section and list numbering: 一 → 1, 十二 → 12, 二十一 → 21.
const CN_DIGITS = '零一二三四五六七八九';

/** 一 → 1, 十二 → 12, 二十一 → 21; undefined for anything else. */
export function fromChineseNumeral(text: string): number | undefined {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return undefined;
  const [, a = '', ten = '', b = ''] = m;
  if (!ten) return a && !b ? CN_DIGITS.indexOf(a) : undefined;
  return (a ? CN_DIGITS.indexOf(a) : 1) * 10 + (b ? CN_DIGITS.indexOf(b) : 0);
}
