// One page: its text items → lines of tokens, without page furniture.
import { countGlyphs, type GlyphCount } from './glyphs.js';
import { dropPageNumbers } from './furniture.js';
import { lineText, normalizeTokens } from './line-text.js';
import { buildLines, type PageLine } from './lines.js';
import type { PdfPage } from './pdfjs.js';
import { pagePieces, type PageItem } from './pieces.js';

export interface ReadPage {
  lines: PageLine[];
  glyphs: GlyphCount;
}

/** Text drawn wholly outside the page box is never seen (some producers park text there). */
function onPage(item: PageItem, page: PdfPage): boolean {
  return (
    item.y > 0 && item.y - item.size < page.height && item.x < page.width && item.x + item.width > 0
  );
}

export function readPage(page: PdfPage): ReadPage {
  const glyphs = countGlyphs(page.items.map((i) => i.str).join(' '));
  const items = page.items.filter((i) => onPage(i, page));
  const lines: PageLine[] = [];
  for (const line of buildLines(pagePieces(items))) {
    const tokens = normalizeTokens(line.tokens);
    if (tokens.length > 0 && lineText(tokens) !== '') lines.push({ ...line, tokens });
  }
  return { lines: dropPageNumbers(lines, page.height), glyphs };
}
