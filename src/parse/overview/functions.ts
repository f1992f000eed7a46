// 主要职能 as a list: items may each start a line (seed 000 （一）…（十二）) or run on inline and wrap
// mid-sentence (seed 004 "…提供参考；（2）承担…", and "；（4）" starting a line).
import type { LayoutLine } from '../../model/layout.js';
import type { ParseWarning } from '../../model/parse-warning.js';
import { detectStyle, splitNumbered } from './numbering.js';
import { joinLines, sourceRef, trimEndChars } from '../text/prose.js';

// Separators between inline items belong to neither item; a full stop ends the item's sentence.
const TRAILING_SEPARATORS = '；;，,、 \t';

export function parseFunctions(body: readonly LayoutLine[], warnings: ParseWarning[]): string[] {
  const text = joinLines(body);
  if (!text) return [];
  const at = sourceRef(body[0]);
  const style = detectStyle(text, ['paren-cn', 'paren-arabic', 'arabic', 'cn-dun']);
  if (!style) {
    warnings.push({
      code: 'field-unplaced',
      message: `主要职能: no numbered items found; the text is kept as one item`,
      at,
    });
    return [text];
  }
  const list = splitNumbered(text, style);
  if (list.before)
    warnings.push({
      code: 'text-unplaced',
      message: `主要职能: text before the first numbered item: ${list.before}`,
      at,
    });
  if (list.missing.length)
    warnings.push({
      code: 'field-unplaced',
      message: `主要职能: items ${list.missing.join(', ')} not found; their text, if printed, stays in the item before`,
      at,
    });
  return list.items.map((item) => trimEndChars(item.text, TRAILING_SEPARATORS)).filter(Boolean);
}
