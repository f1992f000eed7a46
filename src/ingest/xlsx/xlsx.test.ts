// XLSX ingest (issue 5) on workbooks written in the test with exceljs: merged headers, hidden rows,
// columns and sheets, formulas, number formats, multi-line cells; and the bad inputs.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../model/errors.js';
import type { Layout } from '../../model/layout.js';
import { zip } from '../../../test/fixtures/issue5-zip.js';
import { COLUMN_GAP, COLUMN_WIDTH } from '../grid.js';
import { MAX_XLSX_BYTES, xlsxLayout } from './index.js';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function refused(bytes: Uint8Array, file = 'x.xlsx'): Promise<InputError> {
  const e = await xlsxLayout(bytes, file).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

const texts = (layout: Layout) => layout.lines.map((l) => [l.page, l.text]);

function budgetTable(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('部门收入总表');
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = '2026年部门收入预算总表';
  ws.getCell('A1').font = { size: 18 };
  ws.mergeCells('A3:C3');
  ws.getCell('A3').value = '功能分类科目编码';
  ws.mergeCells('D3:D4');
  ws.getCell('D3').value = '功能分类科目名称';
  ws.getCell('E3').value = '合计';
  ws.getRow(4).values = ['类', '款', '项'];
  ws.getCell('A5').value = 204;
  ws.getCell('D5').value = '公共安全支出';
  ws.getCell('E5').value = 87267272.44;
  ws.getCell('E5').numFmt = '#,##0.00';
  ws.getCell('A6').value = 204;
  ws.getCell('B6').value = '06';
  ws.getCell('D6').value = '机关事业单位基本养老保险\n缴费支出';
  ws.getCell('E6').value = { formula: 'E9-E5', result: 284247382.56 };
  ws.getCell('E6').numFmt = '#,##0.00';
  ws.getCell('A7').value = '隐藏行';
  ws.getRow(7).hidden = true;
  ws.getCell('F5').value = '隐藏列';
  ws.getColumn(6).hidden = true;
  ws.getCell('D8').value = { formula: 'SUM(E5:E6)' } as ExcelJS.CellFormulaValue;
  ws.getCell('E8').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  ws.getCell('D9').value = '收入总计';
  ws.getCell('E9').value = 371514655;
  ws.getCell('E9').numFmt = '#,##0.00';
  ws.getCell('A10').value = {
    richText: [{ text: '注：' }, { text: '本表单位为元', font: { bold: true } }],
  };
}

describe('xlsxLayout', () => {
  it('reads a table sheet: merged headers span their columns, values show as formatted', async () => {
    const bytes = await workbook(budgetTable);
    const { layout, warnings } = await xlsxLayout(bytes, '表.xlsx');
    expect(layout.source).toMatchObject({ file: '表.xlsx', format: 'xlsx', bytes: bytes.length });
    expect(layout.pages).toBe(1);
    expect(texts(layout)).toEqual([
      [1, '2026年部门收入预算总表'],
      [1, '功能分类科目编码 功能分类科目名称 合计'],
      [1, '类 款 项'],
      [1, '204 公共安全支出 87,267,272.44'],
      [1, '204 06 机关事业单位基本养老保险缴费支出 284,247,382.56'],
      [1, '#REF!'],
      [1, '收入总计 371,514,655.00'],
      [1, '注：本表单位为元'],
    ]);
    const W = COLUMN_WIDTH;
    const g = COLUMN_GAP;
    const [title, header, , row] = layout.lines;
    expect(title!.tokens).toEqual([
      { text: '2026年部门收入预算总表', x0: 0, x1: 5 * W - g, y: 1, size: 18 },
    ]);
    expect(header!.tokens!.map((t) => [t.text, t.x0, t.x1, t.y])).toEqual([
      ['功能分类科目编码', 0, 3 * W - g, 3],
      ['功能分类科目名称', 3 * W, 4 * W - g, 3],
      ['合计', 4 * W, 5 * W - g, 3],
    ]);
    expect(row!.tokens!.map((t) => [t.text, t.x0])).toEqual([
      ['204', 0],
      ['公共安全支出', 3 * W],
      ['87,267,272.44', 4 * W],
    ]);
    expect(layout.lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'formula-uncached',
        '表.xlsx sheet "部门收入总表": 1 formulas saved without their result (their values are missing): D8',
      ],
      [
        'cell-error',
        '表.xlsx sheet "部门收入总表": 1 cells showing a formula error (kept as shown): E8',
      ],
    ]);
  });

  it('reads every visible sheet in order as a page, skips hidden sheets, splits prose cells', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('封面').getCell('A3').value = '上海市普陀区2026年区级部门预算';
      const hidden = wb.addWorksheet('底稿');
      hidden.getCell('A1').value = '不公开的底稿';
      hidden.state = 'hidden';
      const text = wb.addWorksheet('编制说明');
      text.getCell('A1').value = '2026年部门预算编制说明';
      text.mergeCells('A3:A17');
      text.getCell('A3').value =
        '    2026年，收入预算1,000万元。\n    财政拨款支出主要内容如下：\n    1. “公共安全支出”科目800万元';
    });
    const { layout, warnings } = await xlsxLayout(bytes, 'w.xlsx');
    expect(layout.pages).toBe(2);
    expect(texts(layout)).toEqual([
      [1, '上海市普陀区2026年区级部门预算'],
      [2, '2026年部门预算编制说明'],
      [2, '2026年，收入预算1,000万元。'],
      [2, '财政拨款支出主要内容如下：'],
      [2, '1. “公共安全支出”科目800万元'],
    ]);
    expect(warnings).toEqual([
      {
        code: 'sheet-hidden',
        message:
          'w.xlsx: hidden sheet "底稿" was skipped (a reader of the workbook does not see it)',
      },
    ]);
  });

  it('shows dates and percentages in their formats', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('s');
      ws.getCell('A1').value = new Date(Date.UTC(2025, 7, 31));
      ws.getCell('A1').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('B1').value = 0.1762;
      ws.getCell('B1').numFmt = '0.00%';
    });
    expect(texts((await xlsxLayout(bytes, 'd.xlsx')).layout)).toEqual([
      [1, '2025年8月31日 17.62%'],
    ]);
  });
});

describe('xlsxLayout on bad input', () => {
  it('refuses an empty file, a file over the cap, and a file that is not a zip, naming the file', async () => {
    expect(await refused(new Uint8Array(0), 'e.xlsx')).toMatchObject({
      kind: 'empty',
      file: 'e.xlsx',
    });
    const big = await refused(new Uint8Array(MAX_XLSX_BYTES + 1), 'big.xlsx');
    expect([big.kind, big.file]).toEqual(['too-large', 'big.xlsx']);
    const text = await refused(new TextEncoder().encode('项目,预算数\n合计,1'), 'csv.xlsx');
    expect(text.kind).toBe('unreadable');
    expect(text.message).toMatch(/^csv\.xlsx: not a readable zip archive/);
  });

  it('refuses a zip bomb from its directory, quickly and without inflating it', async () => {
    const bomb = zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(100 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    const start = Date.now();
    const e = await refused(bomb, 'bomb.xlsx');
    expect(Date.now() - start).toBeLessThan(2000);
    expect(e.kind).toBe('too-large');
    expect(e.message).toMatch(
      /bomb\.xlsx: part xl\/worksheets\/sheet1\.xml inflates to 104857600 bytes/,
    );
  });

  it('refuses a workbook that shows no text', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('空');
      const hidden = wb.addWorksheet('底稿');
      hidden.getCell('A1').value = 1;
      hidden.state = 'veryHidden';
    });
    const e = await refused(bytes, 'empty.xlsx');
    expect([e.kind, e.message]).toEqual([
      'empty',
      'empty.xlsx: the workbook shows no text (1 hidden sheet(s) skipped)',
    ]);
  });

  it('refuses a zip that is not a workbook, and a damaged workbook', async () => {
    const docx = zip([{ name: 'word/document.xml', data: '<w:document/>' }]);
    expect((await refused(docx, 'a.xlsx')).kind).toBe('unsupported');
    const damaged = zip([
      { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="a" r:id="x"' },
    ]);
    expect((await refused(damaged, 'd.xlsx')).kind).toBe('unreadable');
  });
});
