// Template wording left in place: both directions printed as alternatives ("增加（减少）",
// "下降（增长）", "增加/减少") where the author was to keep the one that applies.
import type { Rule } from '../../rule.js';
import { textFindings } from './text-matches.js';

const UP = '增加|增长|上升|提高';
const DOWN = '减少|下降|降低';
// A direction word followed by the other direction in brackets or after a slash.
const RESIDUE = new RegExp(
  `(?:${UP})\\s*(?:[（(]\\s*(?:${DOWN})\\s*[）)]|[/／]\\s*(?:${DOWN}))|(?:${DOWN})\\s*(?:[（(]\\s*(?:${UP})\\s*[）)]|[/／]\\s*(?:${UP}))`,
  'g',
);

export const templateResidue: Rule = {
  id: 'presentation:template-residue',
  category: 'presentation',
  severity: 'error',
  zh: '情况说明残留模板用语（如“增加（减少）”“下降（增长）”），未按实际情况选定',
  en: 'Template wording left in the narrative (e.g. "增加（减少）", "下降（增长）") instead of the word that applies',
  basis: '公开文本应为填写完成的说明，模板中的备选用语须按实际情况择一',
  evaluate: (d) => textFindings(d, RESIDUE),
};
