// Placeholders never filled in: XX / ×× / xx standing for a number, a name or a year.
import type { Rule } from '../../rule.js';
import { textFindings } from './text-matches.js';

// Two or more X-like marks (spaces between allowed). Asterisks are left alone: documents mask
// 涉密 names with them on purpose.
const PLACEHOLDER = /[Xx×](?:\s*[Xx×])+/g;
const LATIN = /[A-Za-z]/;
const MARKS = ['X', 'x', '×'];

export const placeholder: Rule = {
  id: 'presentation:placeholder',
  category: 'presentation',
  severity: 'error',
  zh: '情况说明中有未填写的占位符（XX、××等）',
  en: 'The narrative contains unfilled placeholders (XX, ×× …)',
  basis: '公开文本应为填写完成的说明，不得保留占位符',
  // Not part of a Latin word ("Xxx Ltd", "box"): the marks stand alone.
  evaluate: (d) =>
    textFindings(
      d,
      PLACEHOLDER,
      (m, text) => {
        const at = m.index ?? 0;
        return !LATIN.test(text.charAt(at - 1)) && !LATIN.test(text.charAt(at + m[0].length));
      },
      MARKS,
    ),
};
