// A 项目支出 row prints the 项's name and the project's name side by side, both wrapped: "其他政府
// 办公厅（室）及\n相关机构事务支出\n驻外办事处业务工作经费". The catalog name of the code tells where
// the first ends. When the printed text holds only the start of that name (the rest arrives
// later, after a page break), the row keeps the start and reports the missing rest.
import {
  lookupCode,
  matchName,
  normalizeNameKey,
  type CodeSystem,
} from '../../model/catalog/index.js';

export interface CodeNameSplit {
  /** The 科目 name part as printed. */
  name: string;
  project?: string;
  /** The part of the catalog name still missing from `name`. */
  rest?: string;
}

// A prefix shorter than this is too weak to say the 科目 name started here.
const MIN_PARTIAL_PREFIX = 4;

export function splitCodeName(
  system: CodeSystem,
  code: string,
  text: string,
  year?: number,
): CodeNameSplit {
  const entry = lookupCode(system, code, year);
  if (!entry) return fallbackSplit(text);
  // Cut points: after any character; prefer a full name match, then the shortest such cut.
  for (let cut = 1; cut <= text.length; cut++) {
    const head = text.slice(0, cut);
    const m = matchName(system, head, { code, ...(year ? { year } : {}) });
    if (m.kind === 'exact' || m.kind === 'tolerant' || m.kind === 'former') {
      // Extend over a bracketed qualifier printed after the name: 事业运行（政府办公厅（室）…）.
      let end = cut;
      for (let more = cut + 1; more <= text.length; more++) {
        const mm = matchName(system, text.slice(0, more), { code, ...(year ? { year } : {}) });
        if (mm.kind === 'exact' || mm.kind === 'tolerant' || mm.kind === 'former') end = more;
      }
      const project = text.slice(end).trim();
      return { name: text.slice(0, end).trim(), ...(project ? { project } : {}) };
    }
  }
  // The text may hold only the start of the name (its rest printed after a page break).
  const full = normalizeNameKey(entry.name);
  const tokens = text.split(/\s+/);
  for (let k = tokens.length - 1; k >= 1; k--) {
    const head = tokens.slice(0, k).join('');
    const key = normalizeNameKey(head);
    if (key.length >= MIN_PARTIAL_PREFIX && full.startsWith(key)) {
      const project = tokens.slice(k).join(' ').trim();
      return {
        name: tokens.slice(0, k).join(' '),
        ...(project ? { project } : {}),
        rest: suffixAfter(entry.name, key),
      };
    }
  }
  return fallbackSplit(text);
}

/** Without a catalog name: split at the last space printed on the line, if any. */
function fallbackSplit(text: string): CodeNameSplit {
  const i = text.lastIndexOf(' ');
  if (i <= 0) return { name: text };
  return { name: text.slice(0, i).trim(), project: text.slice(i + 1).trim() };
}

/** The part of `name` after the prefix whose key is `prefixKey`. */
function suffixAfter(name: string, prefixKey: string): string {
  for (let i = 1; i <= name.length; i++) {
    if (normalizeNameKey(name.slice(0, i)) === prefixKey) return name.slice(i);
  }
  return '';
}
