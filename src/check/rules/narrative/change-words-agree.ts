// "比上年增加 x万元，增长 y%": the word before the amount and the word before the rate go the same
// way (增加 … 增长, 减少 … 下降). Read from the statement's text, before its 主要原因.
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { statedChanges } from './support/changes.js';
import { newFigure, readFigure } from './support/figure.js';
import { factLocation } from './support/where.js';

// A change word and the figure it governs, an amount (万元/元) or a rate (%), as the pattern
// /(增加|增长|上升|提高|减少|下降|降低|减)了?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元|[%％])/g finds them:
// the words by a regex's test, the figure after each by readFigure.
const WORD = /增加|增长|上升|提高|减少|下降|降低|减/g;

/** A word by its last letter: the words' last letters are all different. */
const WORD_ENDING_IN = new Map(
  ['增加', '增长', '上升', '提高', '减少', '下降', '降低', '减'].map((w) => [
    w.charCodeAt(w.length - 1),
    w,
  ]),
);

const figure = newFigure();

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
    // No figure: the search goes on from the letter after the word's first (减 of 减少 is no word
    // before a figure either: 少 is not a digit).
    if (!readFigure(text, end, figure)) {
      WORD.lastIndex = end - word.length + 1;
      continue;
    }
    WORD.lastIndex = figure.end;
    // Zero moves neither way.
    if (!figure.nonzero) continue;
    if (figure.rate) rateWord ??= word;
    else amountWord ??= word;
    // Both found: later figures change neither.
    if (amountWord !== undefined && rateWord !== undefined) break;
  }
  return amountWord === undefined || rateWord === undefined ? undefined : [amountWord, rateWord];
}

/** Where 主要原因 or 原因是 first starts in the text, or -1: text.search(/主要原因|原因是/). */
function reasonAt(text: string): number {
  for (let i = text.indexOf(REASON); i >= 0; i = text.indexOf(REASON, i + 1)) {
    if (i >= 2 && text.startsWith('主要', i - 2)) return i - 2;
    if (text.startsWith('是', i + 2)) return i;
  }
  return -1;
}
