// "主要原因是。": the reason announced and not given (the sentence or clause ends right after
// it). A comma may lead into the reason ("主要原因，一是…"), so it does not count as an end.
import type { Rule } from '../../rule.js';
import { textFindings } from './text-matches.js';

const EMPTY_REASON = /(?:主要原因(?:是|为|在于|有)?|原因(?:是|为|在于))\s*[：:]?\s*(?=[。；;]|$)/g;

export const emptyReason: Rule = {
  id: 'presentation:empty-reason',
  category: 'presentation',
  severity: 'error',
  zh: '“主要原因是”之后没有写明原因',
  en: '"主要原因是" (the main reason is) is followed by no reason',
  basis: '增减变化须说明原因；只留引导语等于未说明',
  evaluate: (d) => textFindings(d, EMPTY_REASON, undefined, ['原因']),
};
