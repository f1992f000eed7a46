// "比上年增加 x万元，增长 y%": the word before the amount and the word before the rate go the same
// way (增加 … 增长, 减少 … 下降). Read from the statement's text, before its 主要原因.
import type { FindingDraft, Rule } from '../../rule.js';
import { PASS } from '../../sums.js';
import { factLocation } from './support/where.js';

// A change word and the figure it governs: an amount (万元/元) or a rate (%).
const CHANGE =
  /(增加|增长|上升|提高|减少|下降|降低|减)了?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元|[%％])/g;

const REASON = /主要原因|原因是/;

function up(word: string): boolean {
  return /增|上升|提高/.test(word);
}

export const changeWordsAgree: Rule = {
  id: 'narrative:change-words-agree',
  category: 'narrative',
  severity: 'error',
  zh: '增减额与增减率的方向用语一致（增加…增长，减少…下降）',
  en: 'The words for the change amount and the rate of change go the same way (增加…增长, 减少…下降)',
  basis: '同一增减变动的金额与比率方向相同',
  evaluate: (d, ctx): FindingDraft[] =>
    d.narrative.facts.flatMap((f): FindingDraft[] => {
      if (f.change?.amount === undefined || f.change.percent === undefined) return [];
      // The text before the reason (search, not split: split clones the regex on every call).
      const cut = f.text.search(REASON);
      const head = cut < 0 ? f.text : f.text.slice(0, cut);
      let amountWord: string | undefined;
      let rateWord: string | undefined;
      CHANGE.lastIndex = 0;
      for (let m = CHANGE.exec(head); m !== null; m = CHANGE.exec(head)) {
        const [, word = '', number = '', unit = ''] = m;
        // Zero moves neither way.
        if (Number(number.replace(/,/g, '')) === 0) continue;
        if (/[%％]/.test(unit)) rateWord ??= word;
        else amountWord ??= word;
      }
      if (amountWord === undefined || rateWord === undefined) return [];
      const agree = up(amountWord) === up(rateWord);
      if (agree && !ctx.keepPasses) return [PASS];
      return [
        {
          outcome: agree ? 'pass' : 'fail',
          location: factLocation(f),
          ...(agree
            ? {}
            : { expectedText: up(amountWord) ? '增长' : '下降', actualText: rateWord }),
          note: `${amountWord} … ${rateWord}`,
        },
      ];
    }),
};
