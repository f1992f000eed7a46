// 名词解释: numbered entries "一、财政拨款:指由…" whose definitions wrap over lines and pages (seed 000
// lines 3124–3168, seed 004 lines 1390–1441). The term runs from the number to the first colon.
import { matchKey } from '../ingest/normalize.js';
import type { GlossaryEntry } from '../model/disclosure.js';
import type { LayoutLine } from '../model/layout.js';
import type { ParseWarning } from '../model/parse-warning.js';
import { fromChineseNumeral } from './text/numerals.js';
import { addLine, newRun, runText, sourceRef, type TextRun } from './text/prose.js';

export interface GlossaryResult {
  entries: GlossaryEntry[];
  warnings: ParseWarning[];
}

const HEADING = /^(?:第[一二三四五六七八九十]+部分)?名词解释[：:]?$/;
// Terms are short ("“三公”经费", "财政专户管理资金"); a longer lead-in is prose, not a term.
const MAX_TERM_CHARS = 20;
// 上海 numbers them "（一）财政拨款收入：…" or "（一）、基本支出预算：…".
const ENTRY = new RegExp(
  `^\\s*(?:[（(]\\s*)?([一二三四五六七八九十]{1,3}|\\d{1,2})\\s*(?:[)）]\\s*[、.．]?|[、.．])\\s*([^：:]{1,${MAX_TERM_CHARS}}?)\\s*[：:]\\s*(.*)$`,
);
// An entry's number may skip a dropped one, but never goes back: a line inside a definition that
// happens to start with a number is not an entry.
const MAX_NUMBER_GAP = 3;

export function parseGlossary(lines: readonly LayoutLine[]): GlossaryResult {
  const entries: { term: string; definition: TextRun }[] = [];
  const warnings: ParseWarning[] = [];
  let last = 0;
  for (const line of lines) {
    if (HEADING.test(matchKey(line.text))) continue;
    const m = ENTRY.exec(line.text);
    const n = m ? (fromChineseNumeral(m[1] ?? '') ?? Number(m[1])) : NaN;
    if (m && n > last && n <= last + MAX_NUMBER_GAP) {
      if (n > last + 1)
        warnings.push({
          code: 'field-unplaced',
          message: `名词解释: entries ${last + 1}–${n - 1} not found`,
          at: sourceRef(line),
        });
      last = n;
      const definition = newRun();
      addLine(definition, m[3] ?? '');
      entries.push({ term: (m[2] ?? '').trim(), definition });
      continue;
    }
    const current = entries[entries.length - 1];
    if (current) addLine(current.definition, line.text);
    else
      warnings.push({
        code: 'text-unplaced',
        message: `名词解释: text before the first entry: ${line.text.trim()}`,
        at: sourceRef(line),
      });
  }
  return {
    entries: entries.map((e): GlossaryEntry => ({
      term: e.term,
      definition: runText(e.definition),
    })),
    warnings,
  };
}
