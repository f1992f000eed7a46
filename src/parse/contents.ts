// The 目录 (table of contents) at the front of a disclosure lists the part headings (第一部分 …
// 第四部分) and every table title, exactly as the body prints them later (上海 决算 and 预算
// PDFs, page 2). Part and title searches must start after it, or the parts are cut at the 目录's
// lines and every table is a 目录 entry.
import { matchKey } from '../ingest/normalize.js';
import type { LayoutLine } from '../model/layout.js';

const CONTENTS = /^目录$/;
const PART = /^第([一二三四五六七八九十]+)部分/;
/** The 目录 stands near the front: after the cover, before the first part's text. */
const CONTENTS_WITHIN_LINES = 40;

/**
 * The index of the first line after the 目录: the first part heading that repeats one the 目录
 * listed. 0 when there is no 目录 or the body never repeats its headings.
 */
export function contentsEnd(lines: readonly LayoutLine[]): number {
  const limit = Math.min(lines.length, CONTENTS_WITHIN_LINES);
  let start = -1;
  for (let i = 0; i < limit; i++) {
    const text = (lines[i] as LayoutLine).text;
    if (text.includes('目') && CONTENTS.test(matchKey(text))) {
      start = i;
      break;
    }
  }
  if (start < 0) return 0;
  const listed = new Set<string>();
  for (let i = start + 1; i < lines.length; i++) {
    const text = (lines[i] as LayoutLine).text;
    if (!text.includes('部分')) continue;
    const part = PART.exec(matchKey(text))?.[1];
    if (!part) continue;
    if (listed.has(part)) return i;
    listed.add(part);
  }
  return 0;
}
