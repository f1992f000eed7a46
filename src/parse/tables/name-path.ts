// 科目 printed as a path of names instead of a code: "一般公共服务支出-政府办公厅（室）及相关机构
// 事务-行政运行" (some templates and web pages). The path resolves through the catalog, level by
// level; a path it cannot resolve is left as a plain name.
import { resolvePath, type CodeSystem } from '../../model/catalog/index.js';

// Dashes between names; a name itself never holds one.
const SEPARATOR = /\s*[-－—–]+\s*/;

/** The code and the last name of a path of two or three 科目 names, if the catalog knows it. */
export function codeOfNamePath(
  system: CodeSystem,
  text: string,
  year?: number,
): { code: string; name: string } | undefined {
  if (!SEPARATOR.test(text)) return undefined;
  const names = text.split(SEPARATOR).filter((n) => n !== '');
  if (names.length < 2 || names.length > 3) return undefined;
  const entry = resolvePath(system, names, year === undefined ? {} : { year });
  if (!entry || entry.code.length !== 3 + 2 * (names.length - 1)) return undefined;
  return { code: entry.code, name: names[names.length - 1] as string };
}
