// "比上年增加 x万元，增长 y%": the word before the amount and the word before the rate go the same
// way (增加 … 增长, 减少 … 下降). Read from the statement's text, before its 主要原因.
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { statedChanges } from './support/changes.js';
import { factLocation } from './support/where.js';

// A change word and the figure it governs: an amount (万元/元) or a rate (%), as the pattern
// /(增加|增长|上升|提高|减少|下降|降低|减)了?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元|[%％])/g finds them.
// The words are found by a regex's test (no match array), the figure after each read by hand: an
// exec made a match array and three strings per figure, for two words kept.
const WORD = /增加|增长|上升|提高|减少|下降|降低|减/g;

/** A word by its last letter: the words' last letters are all different. */
const WORD_ENDING_IN = new Map(
  ['增加', '增长', '上升', '提高', '减少', '下降', '降低', '减'].map((w) => [
    w.charCodeAt(w.length - 1),
    w,
  ]),
);

// The reason: 主要原因 or 原因是, found from each 原因 (a literal search, not a regex's).
const REASON = '原因';

const UP = /增|上升|提高/;

function up(word: string): boolean {
  return UP.test(word);
}

export const changeWordsAgree: Rule = {
  id: 'narrative:change-words-agree',
  category: 'narrative',
  severity: 'error',
  zh: '增减额与增减率的方向用语一致（增加…增长，减少…下降）',
  en: 'The words for the change amount and the rate of change go the same way (增加…增长, 减少…下降)',
  basis: '同一增减变动的金额与比率方向相同',
  evaluate: (d, ctx): FindingDraft[] => {
    const out: FindingDraft[] = [];
    for (const { fact: f, change } of statedChanges(d, ctx)) {
      if (change.amount === undefined || change.percent === undefined) continue;
      const words = changeWords(f.text);
      if (!words) continue;
      const [amountWord, rateWord] = words;
      const agree = up(amountWord) === up(rateWord);
      if (agree && !ctx.keepPasses) {
        out.push(PASS);
        continue;
      }
      out.push({
        outcome: agree ? 'pass' : 'fail',
        location: factLocation(f),
        ...(agree ? {} : { expectedText: up(amountWord) ? '增长' : '下降', actualText: rateWord }),
        note: `${amountWord} … ${rateWord}`,
      });
    }
    return out;
  },
};

/** The first nonzero amount's change word and the first nonzero rate's, before the reason. */
function changeWords(text: string): [amount: string, rate: string] | undefined {
  // Figures end before the reason (its words are not in the pattern): stop there, no slice.
  const cut = reasonAt(text);
  let amountWord: string | undefined;
  let rateWord: string | undefined;
  WORD.lastIndex = 0;
  while (WORD.test(text)) {
    const end = WORD.lastIndex;
    const word = WORD_ENDING_IN.get(text.charCodeAt(end - 1)) ?? '';
    if (cut >= 0 && end - word.length >= cut) break;
    const figure = figureAfter(text, end);
    // No figure: the search goes on from the letter after the word's first (减 of 减少 is no word
    // before a figure, 少 is not a digit).
    if (figure === NO_FIGURE) {
      WORD.lastIndex = end - word.length + 1;
      continue;
    }
    WORD.lastIndex = figure >> 2;
    // Zero moves neither way.
    if ((figure & NONZERO) === 0) continue;
    if ((figure & RATE) !== 0) rateWord ??= word;
    else amountWord ??= word;
    // Both found: later figures change neither.
    if (amountWord !== undefined && rateWord !== undefined) break;
  }
  return amountWord === undefined || rateWord === undefined ? undefined : [amountWord, rateWord];
}

/** No figure follows the word. */
const NO_FIGURE = -1;
/** Flags of a figure: its number is not zero (a digit 1–9), its unit is % or ％. */
const NONZERO = 1;
const RATE = 2;

const isDigit = (c: number) => c >= 48 && c <= 57;
// \s as a regex reads it.
const isSpace = (c: number) =>
  (c >= 9 && c <= 13) ||
  c === 0x20 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * The figure after a change word ending at `i`: 了?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元|[%％]), the
 * longest number (a shorter one is followed by a digit, comma or point, never by a unit), as its
 * end (shifted left by 2) and flags; NO_FIGURE when none follows.
 */
function figureAfter(text: string, i: number): number {
  if (text.charCodeAt(i) === 0x4e86) i++; // 了
  while (isSpace(text.charCodeAt(i))) i++;
  if (!isDigit(text.charCodeAt(i))) return NO_FIGURE;
  let flags = 0;
  for (let c = text.charCodeAt(i); isDigit(c) || c === 44; c = text.charCodeAt(++i))
    if (c > 48 && c <= 57) flags |= NONZERO;
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1)))
    for (i++; isDigit(text.charCodeAt(i)); i++) if (text.charCodeAt(i) !== 48) flags |= NONZERO;
  while (isSpace(text.charCodeAt(i))) i++;
  const unit = text.charCodeAt(i);
  if (unit === 0x25 || unit === 0xff05) return ((i + 1) << 2) | flags | RATE; // % ％
  if (unit === 0x5143) return ((i + 1) << 2) | flags; // 元
  if (unit === 0x4e07 && text.charCodeAt(i + 1) === 0x5143) return ((i + 2) << 2) | flags; // 万元
  return NO_FIGURE;
}

/** Where 主要原因 or 原因是 first starts in the text, or -1: text.search(/主要原因|原因是/). */
function reasonAt(text: string): number {
  for (let i = text.indexOf(REASON); i >= 0; i = text.indexOf(REASON, i + 1)) {
    if (i >= 2 && text.startsWith('主要', i - 2)) return i - 2;
    if (text.startsWith('是', i + 2)) return i;
  }
  return -1;
}
