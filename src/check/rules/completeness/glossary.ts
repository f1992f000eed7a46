// The disclosure explains its technical terms (名词解释).
import type { FindingDraft } from '../../rule.js';
import { RULES_143, met, notFound, obligation, overviewRead } from './ledger.js';

const SUBJECT = '名词解释';

export const glossary = obligation({
  id: 'completeness:glossary',
  severity: 'warning',
  zh: '对专业性较强的名词进行解释（名词解释）',
  en: 'Technical terms are explained (glossary)',
  basis: `${RULES_143}及财政预决算领域基层政务公开标准目录：对专业性较强的名词进行解释`,
  evaluate: (d, ctx): FindingDraft[] => {
    if (d.glossary.length > 0) return [met(ctx, SUBJECT, { note: `${d.glossary.length} 条` })];
    return [
      notFound(d, ctx, SUBJECT, /名词解释/, d.narrative.sections.length > 0 || overviewRead(d)),
    ];
  },
});
