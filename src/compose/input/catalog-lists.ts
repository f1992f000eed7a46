// Code lists for the template's hidden sheet: "code name" lines of the catalog's current edition.
import { childrenOf } from '../../model/catalog/index.js';

function walk(system: 'function' | 'economic', roots: string[], out: string[]): void {
  for (const code of roots) {
    const kids = childrenOf(system, code);
    for (const k of kids) {
      out.push(`${k.code} ${k.name}`);
      walk(system, [k.code], out);
    }
  }
}

function rootCodes(system: 'function' | 'economic'): string[] {
  const from = system === 'function' ? 201 : 301;
  const out: string[] = [];
  for (let c = from; c < from + 99; c++)
    if (childrenOf(system, String(c)).length) out.push(String(c));
  return out;
}

/** [header, lines] for the 功能分类 and 经济分类 lists. */
export function catalogCodes(): [string, string[]][] {
  const fn: string[] = [];
  walk('function', rootCodes('function'), fn);
  const ec: string[] = [];
  walk('economic', rootCodes('economic'), ec);
  return [
    ['功能分类（款/项）', fn],
    ['经济分类（款）', ec],
  ];
}
