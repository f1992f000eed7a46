import { describe, expect, it } from 'vitest';
import { table } from '../../../test/helpers/disclosure.js';
import type { NarrativeSection } from '../../model/narrative.js';
import { rowIndexOf, sectionIndexOf } from './locate.js';

const sections: NarrativeSection[] = [
  { number: '五', title: '当年拨款', text: '', at: { line: 100 } },
  { number: '（一）', parent: '五', title: '规模', text: 'a', at: { line: 101 } },
  { number: '七', title: '项目支出', text: '', at: { line: 200 } },
  { number: '（一）', parent: '七', title: '项目一', text: 'b', at: { line: 201 } },
  { number: '（二）', parent: '七', title: '项目二', text: 'c', at: { line: 220 } },
];

describe('sectionIndexOf', () => {
  it('finds a number printed once', () => {
    expect(sectionIndexOf(sections, { section: '（二）' })).toBe(4);
  });
  it('tells a repeated number apart by parent or by line', () => {
    expect(sectionIndexOf(sections, { section: '七（一）' })).toBe(3);
    expect(sectionIndexOf(sections, { section: '（一）', line: 205 })).toBe(3);
    expect(sectionIndexOf(sections, { section: '（一）', line: 102 })).toBe(1);
    // no line: the first one
    expect(sectionIndexOf(sections, { section: '（一）' })).toBe(1);
  });
  it('falls back to the section containing the line, or nothing', () => {
    expect(sectionIndexOf(sections, { section: '九', line: 230 })).toBe(4);
    expect(sectionIndexOf(sections, { section: '九' })).toBeUndefined();
  });
});

describe('rowIndexOf', () => {
  const t = table('general-budget-project', [
    ['unit:甲', { total: 1 }, { at: { line: 10 } }],
    ['201', { total: 1 }, { at: { line: 11 } }],
    ['unit:乙', { total: 2 }, { at: { line: 20 } }],
    ['201', { total: 2 }, { at: { line: 21 } }],
  ]);
  it('finds a row by key, and a repeated key by its line', () => {
    expect(rowIndexOf(t, { row: '201', line: 21 })).toBe(3);
    expect(rowIndexOf(t, { row: '201' })).toBe(1);
    expect(rowIndexOf(t, { row: '201', line: 99 })).toBe(1);
    expect(rowIndexOf(t, { row: '202' })).toBeUndefined();
    expect(rowIndexOf(t, {})).toBeUndefined();
  });
});
