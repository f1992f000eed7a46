// Findings for wording found in the 情况说明's section texts: one per occurrence, with the words
// as printed and a little of the text around them.
import type { Disclosure } from '../../../model/disclosure.js';
import type { FindingDraft } from '../../rule.js';
import { sectionLocation } from '../narrative/support/where.js';

/** Characters of context shown on each side of a match. */
const CONTEXT = 12;
/** A run of residue longer than this is shown cut: the note locates it anyway. */
const MAX_SHOWN = 40;

const ANY = (): boolean => true;

/**
 * `hints`: strings of which every match contains one. A section holding none of them is skipped
 * without running the regex (indexOf is several times cheaper than a regex scan of the text).
 */
export function textFindings(
  d: Disclosure,
  re: RegExp,
  accept: (m: RegExpExecArray, text: string) => boolean = ANY,
  hints?: readonly string[],
): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const s of d.narrative.sections) {
    if (hints && !containsAny(s.text, hints)) continue;
    // exec on the rule's own global regex rather than matchAll, which clones it per section.
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m !== null; m = re.exec(s.text)) {
      if (m[0] === '') re.lastIndex++; // as matchAll: an empty match moves on by one
      if (!accept(m, s.text)) continue;
      const at = m.index;
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

function containsAny(text: string, hints: readonly string[]): boolean {
  for (const h of hints) if (text.includes(h)) return true;
  return false;
}
