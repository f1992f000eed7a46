// Table titles and their numbers, as printed on one line or apart.
import { describe, expect, it } from 'vitest';
import { textLayout } from '../../ingest/index.js';
import { findTables } from './recognize.js';

const blocks = (text: string) =>
  findTables(textLayout(Buffer.from(text), 'fixture.txt').lines).map((b) => [
    b.number,
    b.spec.kind,
  ]);

describe('findTables', () => {
  it('reads a number and title printed on one line, the title starting with 一般', () => {
    expect(blocks('表五一般公共预算支出情况表\n合计\n1.00\n')).toEqual([
      ['表五', 'general-budget'],
    ]);
  });

  it('reads 表十一 as eleven, and 表十一般… as ten followed by the title', () => {
    expect(blocks('表十一\n“三公”经费支出预算表\n合计\n1.00\n')).toEqual([
      ['表十一', 'three-public'],
    ]);
    expect(blocks('表十一般公共预算支出情况表\n合计\n1.00\n')).toEqual([
      ['表十', 'general-budget'],
    ]);
  });

  it('keeps Arabic numbers as printed', () => {
    expect(blocks('表5 一般公共预算支出情况表\n合计\n1.00\n')).toEqual([['表5', 'general-budget']]);
  });
});
