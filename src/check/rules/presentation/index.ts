// Rules about the wording of the 情况说明: template residue and formatting.
import type { Rule } from '../../rule.js';
import { comparedWithOwnYear } from './compared-with-own-year.js';
import { doubledPunctuation } from './doubled-punctuation.js';
import { emptyReason } from './empty-reason.js';
import { percentSignMissing } from './percent-sign-missing.js';
import { placeholder } from './placeholder.js';
import { templateResidue } from './template-residue.js';

export const PRESENTATION_RULES: readonly Rule[] = [
  templateResidue,
  placeholder,
  emptyReason,
  percentSignMissing,
  comparedWithOwnYear,
  doubledPunctuation,
];
