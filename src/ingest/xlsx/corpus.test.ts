// XLSX ingest on the real workbooks in ../shared/corpus (issue 5). Expected lines were written
// from the workbooks' own XML (xl/sharedStrings.xml, the sheets' cells and merges), not from this
// reader's output.
//
// 上海市普陀区司法局2026年部门预算.xlsx is not the document's tables: it is the 2026年度普陀区部门
// 预算公开情况检查表, a reviewer's checklist of the published PDF (one row per part of the
// disclosure, 是/否, the problem found) with screenshots of the PDF as images. So the comparison
// of its table rows with the PDF's cannot be made; the test below pins what it holds instead,
// and that its findings refer to the PDF in the corpus.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Layout } from '../../model/layout.js';
import { pdfLayout } from '../pdf/index.js';
import { COLUMN_GAP, COLUMN_WIDTH } from '../grid.js';
import { xlsxLayout } from './index.js';
import type { IngestResult } from '../pdf/index.js';

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);
const FILES = {
  checklist: '上海市普陀区司法局2026年部门预算.xlsx',
  pdf: '上海市普陀区司法局2026年部门预算.pdf',
  department: '上海部门预算编制模板.xlsx',
  unit: '上海单位预算编制模板.xlsx',
};
const missing = Object.values(FILES).filter((f) => !existsSync(new URL(f, CORPUS)));
const W = COLUMN_WIDTH;
const g = COLUMN_GAP;
/** A printed amount: thousands separators and/or decimals. */
const AMOUNT = /^-?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+)$/;

const read: Record<string, IngestResult> = {};
const lines = (key: keyof typeof FILES, page?: number) =>
  read[key]!.layout.lines.filter((l) => page === undefined || l.page === page);
const spans = (layout: Layout, text: string) =>
  layout.lines
    .flatMap((l) => l.tokens ?? [])
    .filter((t) => t.text === text)
    .map((t) => [t.x0, t.x1]);

describe.skipIf(missing.length > 0)(
  `XLSX ingest of the corpus (needs ../shared/corpus${missing.length ? `; missing: ${missing.join(', ')}` : ''})`,
  () => {
    beforeAll(async () => {
      for (const [key, name] of Object.entries(FILES)) {
        const bytes = readFileSync(new URL(name, CORPUS));
        read[key] = name.endsWith('.pdf')
          ? await pdfLayout(bytes, name)
          : await xlsxLayout(bytes, name);
      }
    });

    it('司法局 workbook: the 公开情况检查表, one sheet, rows with merged cells in column geometry', () => {
      const { layout, warnings } = read.checklist!;
      expect([layout.pages, layout.lines.length, warnings]).toEqual([1, 22, []]);
      expect(
        lines('checklist')
          .slice(0, 7)
          .map((l) => l.text),
      ).toEqual([
        '2026年度普陀区部门预算公开情况检查表',
        // B3 "部门编码:201" lies under the merged A3:D3 and is not displayed.
        '部门名称: 上海市普陀区司法局',
        '公开网址：https://www.shpt.gov.cn/zhengwu/sfjbb-sfj/2026/69/202297/ebec36673355426b8b8a4f47bae97d29.pdf',
        '2026年度部门预算公开检查内容 符合要求 问题截图',
        '及时性 及时公开部门预算 是',
        '内容规范性 封面 是',
        '目录 否 目录后有一页多余的空表页，建议删除',
      ]);
      expect(lines('checklist').at(-1)!.text).toBe(
        '项目经费情况说明 否 项目经费情况说明“开展‘人民调解协议书检查’、优秀调解案例”活动。”，这里多了一个右引号',
      );
      // A5:C5, D5, E5; A7:A23 written once, on row 7.
      expect(lines('checklist')[3]!.tokens!.map((t) => [t.x0, t.x1, t.y])).toEqual([
        [0, 3 * W - g, 5],
        [3 * W, 4 * W - g, 5],
        [4 * W, 5 * W - g, 5],
      ]);
      expect(spans(layout, '内容规范性')).toEqual([[0, W - g]]);
      // The tables are listed as checked items, not included.
      expect(
        lines('checklist')
          .filter((l) => l.text.startsWith('《'))
          .map((l) => l.text),
      ).toEqual([
        '《部门财务收支预算总表》 是',
        '《部门收入预算总表》 是',
        '《部门支出预算总表》 是',
        '《部门财政拨款收支预算总表》 是',
        '《部门一般公共预算支出功能分类预算表》 是',
        '《部门政府性基金预算支出功能分类预算表》 是',
        '《国有资本经营预算支出功能分类预算表》 是',
        '《部门一般公共预算基本支出部门预算经济分类预算表》 是',
        '《部门“三公”经费和机关运行经费预算表》 是',
      ]);
    });

    it('司法局 workbook vs PDF: no table row to compare (the workbook holds no amounts); its findings quote the PDF', () => {
      const pdfRows = lines('pdf').filter((l) => l.tokens!.some((t) => AMOUNT.test(t.text)));
      const workbookRows = lines('checklist').filter((l) =>
        l.tokens!.some((t) => AMOUNT.test(t.text)),
      );
      expect(pdfRows.length).toBeGreaterThan(60);
      expect(workbookRows).toEqual([]);
      const review = lines('checklist').find((l) => l.text.startsWith('预算编制说明 否'))!.text;
      expect(review).toContain(
        '2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%',
      );
      const pdf = lines('pdf', 9)
        .map((l) => l.text)
        .join('');
      expect(pdf).toContain(
        '预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%',
      );
    });

    it('上海 templates: every sheet a page, without warnings; merged headers span their columns', () => {
      expect([read.department!.layout.pages, read.department!.warnings]).toEqual([17, []]);
      expect([read.unit!.layout.pages, read.unit!.warnings]).toEqual([16, []]);
      // 部门收入总表 (sheet 8): A6:D6 项目, E6:I6 收入预算, A7:C7 编码, D7:D8 名称 on row 7.
      expect(
        lines('department', 8)
          .slice(0, 6)
          .map((l) => l.text),
      ).toEqual([
        '2026年部门收入预算总表',
        '编制部门： 单位：元',
        '项目 收入预算',
        '功能分类科目编码 功能分类科目名称 合计 财政拨款收入 事业收入 事业单位经营收入 其他收入',
        '类 款 项',
        '205 教育支出',
      ]);
      const header = lines('department', 8)[3]!.tokens!;
      expect(header.map((t) => [t.x0, t.x1])).toEqual([
        [0, 3 * W - g],
        [3 * W, 4 * W - g],
        [4 * W, 5 * W - g],
        [5 * W, 6 * W - g],
        [6 * W, 7 * W - g],
        [7 * W, 8 * W - g],
        [8 * W, 9 * W - g],
      ]);
      expect(lines('department', 8)[2]!.tokens!.map((t) => [t.x0, t.x1])).toEqual([
        [0, 4 * W - g],
        [4 * W, 9 * W - g],
      ]);
      // Codes typed as text keep their leading zero ("02"); the 三公 table's two-level header.
      expect(lines('department', 8)[6]!.text).toBe('205 02 普通教育');
      expect(
        lines('department', 15)
          .slice(2, 5)
          .map((l) => l.text),
      ).toEqual([
        '“三公”经费预算数 机关运行经费预算数',
        '合计 因公出国(境)费 公务接待费 公务用车购置及运行费',
        '小计 购置费 运行费',
      ]);
      // A text sheet whose one merged cell holds the whole 情况说明: a line per paragraph.
      expect(
        lines('department', 16)
          .slice(0, 3)
          .map((l) => l.text),
      ).toEqual([
        '其他相关情况说明',
        '一、2026年“三公”经费预算情况说明',
        '2026年“三公”经费预算数为XXX万元，比2025年预算增加（减少）XXX万元（持平）。其中：',
      ]);
      expect(lines('unit', 7)[0]!.text).toBe('2026年预算单位财务收支预算总表');
    });
  },
);
