// Legacy .xls ingest (issue 5): workbooks written in the test with SheetJS (BIFF8), read back in
// the isolated worker.
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../model/errors.js';
import { COLUMN_GAP, COLUMN_WIDTH } from '../grid.js';
import { xlsLayout } from './index.js';

function xls(): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet([
    ['2026年部门支出预算总表'],
    ['功能分类科目名称', '合计', '基本支出'],
    ['公共安全支出', 87267272.44, 16726725.44],
    ['合计', 96282213.44, { t: 'e', v: 0x17 }],
  ]);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }];
  for (const a of ['B3', 'C3', 'B4']) ws[a]!.z = '#,##0.00';
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '支出总表');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['底稿']]), '隐藏');
  wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
}

describe('xlsLayout', () => {
  it('reads a .xls sheet with the same geometry and number display as XLSX', async () => {
    const bytes = xls();
    const { layout, warnings } = await xlsLayout(bytes, '表.xls');
    expect(layout.source).toMatchObject({ format: 'xls', file: '表.xls' });
    expect(layout.lines.map((l) => [l.page, l.text])).toEqual([
      [1, '2026年部门支出预算总表'],
      [1, '功能分类科目名称 合计 基本支出'],
      [1, '公共安全支出 87,267,272.44 16,726,725.44'],
      [1, '合计 96,282,213.44 #REF!'],
    ]);
    expect(layout.lines[0]!.tokens![0]).toMatchObject({
      x0: 0,
      x1: 3 * COLUMN_WIDTH - COLUMN_GAP,
      y: 1,
    });
    expect(layout.lines[2]!.tokens!.map((t) => t.x0)).toEqual([0, COLUMN_WIDTH, 2 * COLUMN_WIDTH]);
    expect(warnings.map((w) => w.code)).toEqual(['sheet-hidden', 'cell-error']);
  });

  it('refuses what is not a readable .xls, naming the file', async () => {
    const junk = new Uint8Array(4096);
    junk.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await xlsLayout(junk, 'bad.xls').then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(InputError);
    expect(e).toMatchObject({ kind: 'unreadable', file: 'bad.xls' });
  });
});
