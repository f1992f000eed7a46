// PDF ingest on the real disclosures in ../shared/corpus. Expected lines were written from the
// printed pages (pdftoppm) and poppler's `pdftotext -layout`, not from this reader's output.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Layout, LayoutLine } from '../../model/layout.js';
import { pdfLayout } from './read.js';
import type { IngestWarning } from './warning.js';

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);
const FILES = {
  budget: '上海市普陀区商务委员会2025年部门预算.pdf',
  unitBudget: '上海市普陀区商务委员会2025年单位预算.pdf',
  finalAccounts: '上海市普陀区财政局2024年度部门决算.pdf',
  street: '上海市普陀区万里街道办事处2023年部门预算.pdf',
  justice: '上海市普陀区司法局2026年部门预算.pdf',
  blank: '部门决算模板（空白）.pdf',
};
const missing = Object.values(FILES).filter((f) => !existsSync(new URL(f, CORPUS)));

const read: Record<string, { layout: Layout; warnings: IngestWarning[] }> = {};
/** A printed amount: thousands separators and/or two decimals (not a code like 208 or 05). */
const AMOUNT = /^-?(\d{1,3}(,\d{3})+(\.\d{2})?|\d+\.\d{2})$/;

function page(key: keyof typeof FILES, n: number): LayoutLine[] {
  return read[key]!.layout.lines.filter((l) => l.page === n);
}

/** Each expected text is a whole line of `lines`, in this order. */
function expectInOrder(lines: readonly LayoutLine[], expected: readonly string[]): void {
  let from = 0;
  for (const text of expected) {
    const at = lines.findIndex((l, i) => i >= from && l.text === text);
    expect(at, `line "${text}" (in order)`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

function count(key: keyof typeof FILES, needle: string): number {
  return read[key]!.layout.lines.filter((l) => l.text.includes(needle)).length;
}

describe.skipIf(missing.length > 0)(
  `PDF ingest of the corpus (needs ../shared/corpus${missing.length ? `; missing: ${missing.join(', ')}` : ''})`,
  () => {
    beforeAll(async () => {
      for (const [key, name] of Object.entries(FILES))
        read[key] = await pdfLayout(readFileSync(new URL(name, CORPUS)), name);
    });

    it('reads every page of every document, without warnings', () => {
      const pages = Object.fromEntries(
        Object.entries(read).map(([k, r]) => [k, [r.layout.pages, r.warnings.length]]),
      );
      expect(pages).toEqual({
        budget: [26, 0],
        unitBudget: [22, 0],
        finalAccounts: [25, 0],
        street: [35, 0],
        justice: [23, 0],
        blank: [23, 0],
      });
    });

    it('keeps lines numbered in reading order, tokens left to right, text as their join', () => {
      for (const { layout } of Object.values(read)) {
        layout.lines.forEach((l, i) => {
          expect(l.line).toBe(i + 1);
          if (i > 0) expect(l.page!).toBeGreaterThanOrEqual(layout.lines[i - 1]!.page!);
          const xs = l.tokens!.map((t) => t.x0);
          expect(xs).toEqual([...xs].sort((a, b) => a - b));
          expect(l.text.replace(/\s/g, '')).toBe(l.tokens!.map((t) => t.text).join(''));
        });
      }
    });

    it('商务委员会2025年部门预算: table rows whole, with their amounts in column order', () => {
      expectInOrder(page('budget', 9), [
        '2025年部门财务收支预算总表',
        '编制部门：上海市普陀区商务委员会 单位：元',
        '一、财政拨款收入 371,514,655.00 一、一般公共服务支出 21,601,733.00',
        '1. 一般公共预算资金 371,514,655.00 二、科学技术支出 17,200,000.00',
        '四、其他收入 七、住房保障支出 2,849,034.00',
        '收入总计 371,514,655.00 支出总计 371,514,655.00',
      ]);
      // pdfjs gives "371,514,655.00 一、一般公共服务支出" as one item: split into two cells.
      const row = page('budget', 9).find((l) => l.text.startsWith('一、财政拨款收入'))!;
      expect(row.tokens!.map((t) => t.text)).toEqual([
        '一、财政拨款收入',
        '371,514,655.00',
        '一、一般公共服务支出',
        '21,601,733.00',
      ]);
      const [, income, name, spending] = row.tokens!;
      expect(income!.x1).toBeLessThan(name!.x0);
      expect(spending!.x1).toBeCloseTo(780.3, 0); // right-aligned in the last column
      expectInOrder(page('budget', 10), [
        '201 一般公共服务支出 21,601,733.00 21,601,733.00',
        '201 13 01 行政运行 9,389,913.00 9,389,913.00',
      ]);
      expectInOrder(page('budget', 21), ['1.00 1.00 171.01']);
    });

    it('商务委员会2025年部门预算: text clipped at a page edge and repeated on the next page is read once', () => {
      expect(count('budget', '导本区相关企业技术创新')).toBe(1);
      expect(count('budget', '应急机制，协调重要商品储备和市场调控')).toBe(1);
      expect(count('budget', '13、完成区委、区政府交办的其他任务。')).toBe(1);
      expect(page('budget', 4).map((l) => l.text)).toEqual([
        '帮困对象粮油供应管理和粮食流通统计；根据上海市普陀区应急管理局提出的粮食需求，按照程序进行协调采购和配送。',
        '13、完成区委、区政府交办的其他任务。',
      ]);
      expect(count('justice', '（六）组织实施和指导监督本区社区矫正工作')).toBe(1);
    });

    it('商务委员会2025年单位预算 and 司法局2026年部门预算: summary rows', () => {
      expectInOrder(page('unitBudget', 9), [
        '2025年预算单位财务收支预算总表',
        '一、财政拨款收入 371,514,655.00 一、一般公共服务支出 21,601,733.00 10,823,891.00 1,467,842.00 9,310,000.00',
      ]);
      expectInOrder(page('justice', 10), [
        '2026年部门财务收支预算总表',
        '一、财政拨款收入 96,282,213.44 一、公共安全支出 87,267,272.44',
        '收入总计 96,282,213.44 支出总计 96,282,213.44',
      ]);
      expect(count('justice', '11、医疗卫生与计划生育支出（210类）行政事业单位医疗（11款）')).toBe(
        1,
      );
    });

    it('财政局2024年度部门决算: side-by-side blocks, rows on several baselines, wrapped names', () => {
      expectInOrder(page('finalAccounts', 6), [
        '收入支出决算总表',
        '一、一般公共预算财政拨款收入 2,940.05 一、一般公共服务支出 2,106.66',
        '八、其他收入 6.20 八、社会保障和就业支出 326.71',
        '九、卫生健康支出 60.99',
        '本年收入合计 2,946.25 本年支出合计 2,940.05',
      ]);
      expectInOrder(page('finalAccounts', 7), [
        '年初结转和结余 49.14 年末结转和结余 55.34',
        '总计 2,995.39 总计 2,995.39',
      ]);
      // p8: the name wraps onto two lines centred on the row's codes and amounts.
      expectInOrder(page('finalAccounts', 8), [
        '收入决算表',
        '201 06 01 行政运行 1,511.90 1,511.89 0.01',
        '208 05 05 机关事业单位基本养老保险缴费支出 160.75 160.75',
        '208 05 06 机关事业单位职业年金缴费支出 80.38 80.38',
      ]);
      // p16: two blocks side by side; codes sit higher in the row than names and amounts.
      expectInOrder(page('finalAccounts', 16), [
        '一般公共预算财政拨款基本支出决算表',
        '301 工资福利支出 2,082.85 302 商品和服务支出 171.07',
        '301 01 基本工资 262.33 302 01 办公费 21.21',
        '301 13 住房公积金 187.19 302 12 因公出国（境）费用',
      ]);
      expectInOrder(page('finalAccounts', 17), [
        '302 99 其他商品和服务支出 11.53',
        '人员经费合计 2,152.26 公用经费合计 184.65',
      ]);
      expect(page('finalAccounts', 14)).toEqual([]); // a blank page
    });

    it('财政局2024年度部门决算: a wrapped cell continues its row; the next row does not', () => {
      const p12 = page('finalAccounts', 12);
      const at = (text: string) => p12.find((l) => l.text === text);
      expect(at('七、文化旅游体育与传媒支')?.continues).toBeUndefined();
      expect(p12[p12.indexOf(at('七、文化旅游体育与传媒支')!) + 1]).toMatchObject({
        text: '出',
        continues: true,
      });
      expect(at('九、卫生健康支出 60.99 60.99')?.continues).toBeUndefined();
      expect(at('十、节能环保支出')?.continues).toBeUndefined();
      const marked = read.finalAccounts!.layout.lines.filter((l) => l.continues).map((l) => l.text);
      expect(marked).toEqual([
        '款',
        '出',
        '支出',
        '支出',
        '支出',
        '理支出',
        '的支出',
        '款',
        '拨款',
      ]);
    });

    it('万里街道2023年部门预算: the wrapped rest of a name is marked, the numbers stay on the row', () => {
      expectInOrder(page('street', 10), [
        '一、财政拨款收入 164,978,640 一、一般公共服务支出 2,976,800',
        '收入总计 164,978,640 支出总计 164,978,640',
      ]);
      const p12 = page('street', 12);
      const i = p12.findIndex(
        (l) => l.text === '208 05 05 机关事业单位基本养老保险缴费支 4,412,547 4,412,547',
      );
      expect(i).toBeGreaterThanOrEqual(0);
      expect(p12[i + 1]).toMatchObject({ text: '出', continues: true });
      expect(p12[i + 2]).toMatchObject({
        text: '208 05 06 机关事业单位职业年金缴费支出 2,206,272 2,206,272',
      });
      expect(p12[i + 2]!.continues).toBeUndefined();
      const amounts = p12[i]!.tokens!.filter((t) => AMOUNT.test(t.text));
      expect(amounts.map((t) => t.text)).toEqual(['4,412,547', '4,412,547']);
      expect(amounts[0]!.x1).toBeLessThan(amounts[1]!.x0);
    });

    it('部门决算模板（空白）: the blank template yields its text and no figures', () => {
      expectInOrder(page('blank', 5), [
        '收入支出决算总表',
        '一、一般公共预算财政拨款收入 一、一般公共服务支出',
      ]);
      expect(read.blank!.layout.lines.length).toBeGreaterThan(300);
      const figures = read.blank!.layout.lines.flatMap((l) =>
        l.tokens!.filter((t) => AMOUNT.test(t.text)),
      );
      expect(figures).toEqual([]);
    });

    it('a damaged copy (bytes flipped) reads with a warning and does not end the process', () => {
      // pdfjs rejects a prefetch of a damaged page dictionary with nobody listening; Node would
      // end the process. Run in a child process: the test runner listens for such rejections itself.
      const script = `
        import { readFileSync } from 'node:fs';
        const { pdfLayout } = await import(${JSON.stringify(fileURLToPath(new URL('./index.ts', import.meta.url)))});
        const b = Buffer.from(readFileSync(${JSON.stringify(fileURLToPath(new URL(FILES.street, CORPUS)))}));
        const start = Math.floor(b.length * 0.3);
        for (let i = 0; i < 2000; i++) b[start + i * 37] ^= 0x5a;
        const r = await pdfLayout(new Uint8Array(b), 'x.pdf');
        console.log(JSON.stringify(r.warnings.map((w) => [w.code, w.at?.page])));`;
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        { encoding: 'utf8', timeout: 60_000 },
      );
      expect(JSON.parse(out)).toEqual([['page-unreadable', 34]]);
    });
  },
);
