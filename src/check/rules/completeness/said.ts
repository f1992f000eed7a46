// "Is this phrase said at all" without ctx.prose(): prose() folds the whole 情况说明 and 部门概况
// (matchKey: every character looked up, the text rebuilt around each space), and the rules that
// ask it of a few Chinese words were most of that cost. For words of Chinese characters only,
// matchKey changes nothing but the whitespace between them (it drops /\s/ and folds only ASCII
// and bracket punctuation), so prose().includes(words) is a search of the same parts, joined the
// same way, that lets whitespace stand between the characters.
import type { CheckContext } from '../../context.js';

/** A search for Chinese `words` as prose() holds them: whitespace allowed between characters. */
export function saidPattern(words: string): RegExp {
  if (!/^[\u4e00-\u9fff]+$/.test(words))
    throw new Error(`saidPattern: not Chinese words: ${words}`);
  return new RegExp([...words].join('\\s*'));
}

/** Whether ctx.prose().includes(words), for a saidPattern(words). */
export function said(ctx: CheckContext, pattern: RegExp): boolean {
  return pattern.test(ctx.proseText());
}
