// Web page ingest (issue 5): pages written in the test — tables with spans, prose blocks, pipe
// rows, scripts and hidden elements, hostile markup.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../model/errors.js';
import type { Layout } from '../../model/layout.js';
import { COLUMN_GAP, COLUMN_WIDTH } from '../grid.js';
import { MAX_HTML_BYTES, MAX_HTML_DEPTH, htmlLayout } from './index.js';

const W = COLUMN_WIDTH;
const g = COLUMN_GAP;
const page = (html: string) => htmlLayout(new TextEncoder().encode(html), 'p.html');
const texts = (layout: Layout) => layout.lines.map((l) => l.text);
const cells = (layout: Layout, i: number) =>
  layout.lines[i]!.tokens!.map((t) => [t.text, t.x0, t.x1]);

function refused(html: string | Uint8Array): InputError {
  try {
    htmlLayout(typeof html === 'string' ? new TextEncoder().encode(html) : html, 'bad.html');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('htmlLayout: tables', () => {
  const TABLE = `<table>
    <tr><th colspan="3">功能分类科目编码</th><th rowspan="2">功能分类科目名称</th><th rowspan=2>合计</th></tr>
    <tr><th>类</th><th>款</th><th>项</th></tr>
    <tr><td>208</td><td>05</td><td>05</td><td>机关事业单位基本养老保险<br>缴费支出</td><td>1,839,485.00</td></tr>
    <tr style="display:none"><td>隐藏</td></tr>
    <tr><td colspan=4>合计</td><td>96,282,213.44</td></tr>
  </table>`;

  it('lays rowspan/colspan out as column geometry, one line per row, <br> joined', () => {
    const { layout, warnings } = page(`<h2>2026年部门支出预算总表</h2>${TABLE}`);
    expect(texts(layout)).toEqual([
      '2026年部门支出预算总表',
      '功能分类科目编码 功能分类科目名称 合计',
      '类 款 项',
      '208 05 05 机关事业单位基本养老保险缴费支出 1,839,485.00',
      '合计 96,282,213.44',
    ]);
    expect(layout.lines[0]!.tokens).toBeUndefined();
    expect(cells(layout, 1)).toEqual([
      ['功能分类科目编码', 0, 3 * W - g],
      ['功能分类科目名称', 3 * W, 4 * W - g],
      ['合计', 4 * W, 5 * W - g],
    ]);
    expect(cells(layout, 3).map((c) => c[1])).toEqual([0, W, 2 * W, 3 * W, 4 * W]);
    expect(cells(layout, 4)).toEqual([
      ['合计', 0, 4 * W - g],
      ['96,282,213.44', 4 * W, 5 * W - g],
    ]);
    expect(layout.lines.map((l) => l.tokens?.[0]?.y)).toEqual([undefined, 1, 2, 3, 4]);
    expect([layout.source.format, layout.pages, warnings]).toEqual(['html', 1, []]);
  });

  it('reads a table that lays out the page as blocks, and the data table inside it as a table', () => {
    const { layout } = page(
      `<table><tr><td><p>上海市普陀区司法局</p>${TABLE}</td><td>右栏</td></tr></table>`,
    );
    expect(texts(layout)).toEqual([
      '上海市普陀区司法局',
      '功能分类科目编码 功能分类科目名称 合计',
      '类 款 项',
      '208 05 05 机关事业单位基本养老保险缴费支出 1,839,485.00',
      '合计 96,282,213.44',
      '右栏',
    ]);
  });

  it('clamps absurd spans and cuts a table past its column cap, with a warning', () => {
    const { layout, warnings } = page(
      '<table><tr><td colspan=999999>a</td><td colspan=5>b</td></tr><tr><td rowspan=0>c</td><td>d</td></tr></table>',
    );
    expect(texts(layout)).toEqual(['a', 'c d']);
    expect(cells(layout, 1)[1]![1]).toBe(W);
    expect(warnings.map((w) => w.code)).toEqual(['content-truncated']);
  });
});

describe('htmlLayout: prose', () => {
  it('makes a line of each block and <br>, joins source line breaks inside CJK text', () => {
    const { layout } = page(`<html><head><title>标题不显示</title></head><body>
      <h1>上海市普陀区司法局<br/>2026年部门预算</h1>
      <div>一、部门主要职能<p>贯彻执行国家有关司法行政工作的
      方针、政策和法律、法规。</p>(1) Legal   aid <b>services</b></div>
      <ul><li>第一项</li><li>第二项</li></ul></body></html>`);
    expect(texts(layout)).toEqual([
      '上海市普陀区司法局',
      '2026年部门预算',
      '一、部门主要职能',
      '贯彻执行国家有关司法行政工作的方针、政策和法律、法规。',
      '(1) Legal aid services',
      '第一项',
      '第二项',
    ]);
    expect(layout.lines.every((l) => l.tokens === undefined)).toBe(true);
  });

  it('never runs or shows scripts, styles, comments, templates or hidden elements', () => {
    const { layout } = page(`<body onload="alert(1)"><script>document.write('<p>注入</p>')</script>
      <style>p::after{content:'样式文字'}</style><!-- 注释 --><noscript>请开启脚本</noscript>
      <template><p>模板</p></template><p hidden>隐藏一</p><div style="color:red; display: none">隐藏二</div>
      <span style="visibility:hidden">隐藏三</span><select><option>选项</option></select>
      <p>正文</p><script src="x.js"></script></body>`);
    expect(texts(layout)).toEqual(['正文']);
  });

  it('starts a new page at a page break (Word’s exported HTML)', () => {
    const { layout } = page(
      '<p>第一页</p><br clear=all style="page-break-before:always"><p>第二页</p>',
    );
    expect(layout.lines.map((l) => [l.page, l.text])).toEqual([
      [1, '第一页'],
      [2, '第二页'],
    ]);
    expect(layout.pages).toBe(2);
  });

  it('turns "a | b | c" rows into cells in columns and drops their rule rows', () => {
    const { layout } = page(`<p>项目 | 预算数 | 备注</p><p>|---|:---:|---|</p>
      <p>| 一、财政拨款收入 | 371,514,655.00 | |</p><p>| | 0.00 | 无 |</p><p>说明：</p><p>甲 | 乙 是一句话</p>`);
    expect(texts(layout)).toEqual([
      '项目 预算数 备注',
      '一、财政拨款收入 371,514,655.00',
      '0.00 无',
      '说明：',
      '甲 | 乙 是一句话',
    ]);
    expect(cells(layout, 2)).toEqual([
      ['0.00', W, 2 * W - g],
      ['无', 2 * W, 3 * W - g],
    ]);
    expect(layout.lines[4]!.tokens).toBeUndefined();
  });

  it('keeps a table flattened to one cell per line as lines, like extracted text', () => {
    const { layout } = page(
      '<div>一、财政拨款收入</div><div>96,282,213.44</div><div>二、事业收入</div>',
    );
    expect(texts(layout)).toEqual(['一、财政拨款收入', '96,282,213.44', '二、事业收入']);
  });
});

describe('htmlLayout on bad input', () => {
  it('refuses empty files, pages without visible text, and files over the cap', () => {
    expect(refused(new Uint8Array(0)).kind).toBe('empty');
    expect(refused('<script>var a = "正文";</script>').message).toBe(
      'bad.html: no visible text (images only, or an empty page)',
    );
    expect(refused(new Uint8Array(MAX_HTML_BYTES + 1)).kind).toBe('too-large');
  });

  it('stops deep nesting and element bombs within bounded time and memory', () => {
    const start = Date.now();
    const deep = refused('<div>'.repeat(MAX_HTML_DEPTH + 10) + 'x');
    expect(deep.message).toBe(
      `bad.html: the page was not read: elements nested more than ${MAX_HTML_DEPTH} deep`,
    );
    // Each <p> re-opens every unclosed <b> with distinct attributes: quadratic elements.
    const bomb = refused(Array.from({ length: 20_000 }, (_, i) => `<b class=c${i}>x<p>`).join(''));
    expect(bomb.message).toMatch(/elements for its size/);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('reads a page nested as deep as real pages get', () => {
    const html = '<div>'.repeat(500) + '正文' + '</div>'.repeat(500);
    expect(texts(page(html).layout)).toEqual(['正文']);
  });
});
