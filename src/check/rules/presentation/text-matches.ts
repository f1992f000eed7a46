// Findings for wording found in the 情况说明's section texts: one per occurrence, with the words
// as printed and a little of the text around them.
import type { Disclosure } from '../../../model/disclosure.js';
import type { FindingDraft } from '../../rule.js';
import { sectionLocation } from '../narrative/support/where.js';

/** Characters of context shown on each side of a match. */
const CONTEXT = 12;
/** A run of residue longer than this is shown cut: the note locates it anyway. */
const MAX_SHOWN = 40;

export function textFindings(
  d: Disclosure,
  re: RegExp,
  accept: (m: RegExpMatchArray, text: string) => boolean = () => true,
): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const s of d.narrative.sections) {
    for (const m of s.text.matchAll(re)) {
      if (!accept(m, s.text)) continue;
      const at = m.index ?? 0;
      const shown = m[0].slice(0, MAX_SHOWN);
      const around = s.text.slice(Math.max(0, at - CONTEXT), at + shown.length + CONTEXT);
      out.push({
        outcome: 'fail',
        location: { ...sectionLocation(s), subject: s.title },
        actualText: shown,
        note: `…${around}…`,
      });
    }
  }
  return out;
}
