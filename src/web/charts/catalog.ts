// The charts of a disclosure page, by name: each is an SVG drawn on the server (an <img>, so the
// page needs no JavaScript and is not held up by drawing) and its option as JSON for the script
// that makes it interactive.
import type { Disclosure } from '../../model/disclosure.js';
import { economicBarsOption, functionTreemapOption, fundingSourcesOption } from './disclosure.js';
import type { ChartOption } from './ssr.js';

export interface DisclosureChart {
  readonly name: string;
  readonly title: string;
  readonly option: (d: Disclosure) => ChartOption | undefined;
}

export const DISCLOSURE_CHARTS: readonly DisclosureChart[] = [
  { name: 'function', title: '支出功能分类（类/款/项）', option: functionTreemapOption },
  { name: 'economic', title: '一般公共预算基本支出经济分类（款）', option: economicBarsOption },
  { name: 'sources', title: '收入来源', option: fundingSourcesOption },
];

export function chartByName(name: string): DisclosureChart | undefined {
  return DISCLOSURE_CHARTS.find((c) => c.name === name);
}
