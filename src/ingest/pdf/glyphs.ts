// Text that did not decode. A font without a usable ToUnicode map yields glyph ids instead of
// characters: pdfjs gives private-use code points, U+FFFD or control characters; other tools
// print "(cid:123)", and a PDF made from such output carries that literally. Counted per page.

const CID = /\(cid:\d+\)/g;
const SPACES = /\s+/g;

/** Private use, the replacement character, and C0/C1 controls other than whitespace. */
function isUnmapped(c: number): boolean {
  return (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd || c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

export interface GlyphCount {
  /** Non-space characters, a (cid:N) counting as one. */
  chars: number;
  /** Of which unmapped. */
  unmapped: number;
}

export function countGlyphs(text: string): GlyphCount {
  let cids = 0;
  const rest = text.replace(CID, () => {
    cids++;
    return '';
  });
  let chars = cids;
  let unmapped = cids;
  for (const ch of rest.replace(SPACES, '')) {
    chars++;
    if (isUnmapped(ch.codePointAt(0)!)) unmapped++;
  }
  return { chars, unmapped };
}

export function addCounts(a: GlyphCount, b: GlyphCount): GlyphCount {
  return { chars: a.chars + b.chars, unmapped: a.unmapped + b.unmapped };
}
