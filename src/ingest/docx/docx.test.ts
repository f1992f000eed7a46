// Word ingest (issue 5) on .docx files written in the test (test/fixtures/issue5-zip.ts).
import { describe, expect, it } from 'vitest';
import { minimalDocx, wc, wp, wtable, zip } from '../../../test/fixtures/issue5-zip.js';
import { InputError } from '../../model/errors.js';
import { COLUMN_GAP, COLUMN_WIDTH } from '../grid.js';
import { MAX_DOCX_BYTES, docxLayout } from './index.js';

async function refused(bytes: Uint8Array, file = 'x.docx'): Promise<InputError> {
  const e = await docxLayout(bytes, file).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe('docxLayout', () => {
  it('reads paragraphs as lines and tables (merged cells included) as rows in column geometry', async () => {
    const bytes = minimalDocx(
      wp('2026年部门支出预算总表', 'Heading1') +
        wp('编制部门：上海市普陀区司法局') +
        wtable([
          [
            wc('功能分类科目编码', { span: 3 }),
            wc('功能分类科目名称', { merge: 'restart' }),
            wc('合计', { merge: 'restart' }),
          ],
          [
            wc('类'),
            wc('款'),
            wc('项'),
            wc('', { merge: 'continue' }),
            wc('', { merge: 'continue' }),
          ],
          [wc('204'), wc(''), wc(''), wc('公共安全支出'), wc('87267272.44')],
        ]) +
        wp('注：本表单位为元。'),
    );
    const { layout, warnings } = await docxLayout(bytes, '预算.docx');
    expect(layout.source).toMatchObject({ file: '预算.docx', format: 'docx', bytes: bytes.length });
    expect(layout.lines.map((l) => l.text)).toEqual([
      '2026年部门支出预算总表',
      '编制部门：上海市普陀区司法局',
      '功能分类科目编码 功能分类科目名称 合计',
      '类 款 项',
      '204 公共安全支出 87267272.44',
      '注：本表单位为元。',
    ]);
    const W = COLUMN_WIDTH;
    expect(layout.lines[2]!.tokens!.map((t) => [t.x0, t.x1])).toEqual([
      [0, 3 * W - COLUMN_GAP],
      [3 * W, 4 * W - COLUMN_GAP],
      [4 * W, 5 * W - COLUMN_GAP],
    ]);
    expect(layout.lines[4]!.tokens!.map((t) => t.x0)).toEqual([0, 3 * W, 4 * W]);
    expect(warnings).toEqual([]);
  });

  it('refuses empty, oversized, non-zip, non-Word and bomb files, naming the file', async () => {
    expect((await refused(new Uint8Array(0))).kind).toBe('empty');
    expect((await refused(new Uint8Array(MAX_DOCX_BYTES + 1))).kind).toBe('too-large');
    expect((await refused(new TextEncoder().encode('plain text'), 'a.docx')).message).toMatch(
      /^a\.docx: not a readable zip archive/,
    );
    expect((await refused(zip([{ name: 'xl/workbook.xml', data: '<x/>' }]))).kind).toBe(
      'unsupported',
    );
    const bomb = zip([
      { name: 'word/document.xml', data: new Uint8Array(30_000_000), declaredSize: 1000 },
    ]);
    const start = Date.now();
    const e = await refused(bomb, 'bomb.docx');
    expect([e.kind, e.file]).toEqual(['too-large', 'bomb.docx']);
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('refuses a Word file whose document part is not XML', async () => {
    const bytes = zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: 'not xml <<<' },
    ]);
    expect((await refused(bytes)).kind).toBe('unreadable');
  });
});
