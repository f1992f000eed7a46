// "Is this phrase said at all" without ctx.prose(): prose() folds the whole 情况说明 and 部门概况
// (matchKey: every character looked up, the text rebuilt around each space), and the rules that
// ask it of a few Chinese words were most of that cost. For words of Chinese characters only,
// matchKey changes nothing but the whitespace between them (it drops /\s/ and folds only ASCII
// and bracket punctuation), so prose().includes(words) is a search of the same parts, joined the
// same way, that lets whitespace stand between the characters.
import type { CheckContext } from '../../context.js';

/**
 * A search for Chinese `words` as prose() holds them: whitespace allowed between characters. Every
 * match starts with the first character, so the search finds its places with indexOf (a native
 * scan, several times cheaper than a regex scan of the text) and tries the words only there.
 */
export interface SaidPattern {
  readonly first: string;
  /** The words, whitespace allowed between the characters, matched only where lastIndex says. */
  readonly at: RegExp;
}

export function saidPattern(words: string): SaidPattern {
  if (!/^[\u4e00-\u9fff]+$/.test(words))
    throw new Error(`saidPattern: not Chinese words: ${words}`);
  return { first: words.charAt(0), at: new RegExp([...words].join('\\s*'), 'y') };
}

/** Whether ctx.prose().includes(words), for a saidPattern(words). */
export function said(ctx: CheckContext, pattern: SaidPattern): boolean {
  const text = ctx.proseText();
  const { first, at } = pattern;
  for (let i = text.indexOf(first); i !== -1; i = text.indexOf(first, i + 1)) {
    at.lastIndex = i;
    if (at.test(text)) return true;
  }
  return false;
}
