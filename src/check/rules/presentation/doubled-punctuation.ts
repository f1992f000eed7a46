// A punctuation mark printed twice in a row (司法局 2026 编制说明: "…运行维护等方面的支出。。").
import type { Rule } from '../../rule.js';
import { textFindings } from './text-matches.js';

// One alternative per mark rather than ([。，；：、！？])\1+: a back-reference makes the regex
// scan the text about three times slower.
const DOUBLED = /。{2,}|，{2,}|；{2,}|：{2,}|、{2,}|！{2,}|？{2,}/g;

export const doubledPunctuation: Rule = {
  id: 'presentation:doubled-punctuation',
  category: 'presentation',
  severity: 'info',
  zh: '情况说明中有连续重复的标点（如“。。”）',
  en: 'The narrative repeats a punctuation mark (such as “。。”)',
  basis: '公开文本应规范、准确，无文字错漏',
  evaluate: (d) => textFindings(d, DOUBLED),
};
