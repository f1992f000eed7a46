// A line's text from its tokens: one space where a gap separates two tokens, as a reader sees
// the printed line (a table row reads "201 一般公共服务支出 10,877.89 …"), except around CJK
// punctuation that never starts or ends a cell: a justified prose line may leave a gap before
// "，" (商务委员会2025年部门预算 p3 "…工作部门 ，为正处级"), which is not a word break.
import type { LayoutToken } from '../../model/layout.js';
import { normalizeText } from '../normalize.js';

const CLOSING = /^[，。、；：！？）》」』】〕”’]/;
const OPENING = /[（《「『【〔“‘]$/;

/** Normalise each token's text (see ingest/normalize); drop tokens that normalise to nothing. */
export function normalizeTokens(tokens: readonly LayoutToken[]): LayoutToken[] {
  const out: LayoutToken[] = [];
  for (const t of tokens) {
    const text = normalizeText(t.text).trim();
    if (text !== '') out.push({ ...t, text });
  }
  return out;
}

export function lineText(tokens: readonly LayoutToken[]): string {
  let text = '';
  for (const t of tokens) {
    if (text !== '' && !CLOSING.test(t.text) && !OPENING.test(text)) text += ' ';
    text += t.text;
  }
  return text;
}
