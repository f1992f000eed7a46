// Look at the rendered document: seed 000 as PDF rasterised with pdftoppm (pages not blank, ink
// where tables are) and its text read with pdftotext (CJK, the totals), and as HTML in Chromium
// (no table wider than its page: every column visible). Skips, saying why, without the tools.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDisclosure } from '../../src/render/document/index.js';
import { parsedSeed } from '../golden/load.js';
import { hasShared, needsShared } from '../helpers/shared.js';

const SEED = '000_c55cbe189efa8a40.txt';
const CHROMIUM = '/usr/bin/chromium';

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'yusuan-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Share of dark pixels in a binary PGM (P5) image. */
function inkShare(pgm: Buffer): number {
  const header = pgm.subarray(0, 64).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m) throw new Error('not a PGM');
  const [w, h] = [Number(m[1]), Number(m[2])];
  const pixels = pgm.subarray(m[0].length, m[0].length + w * h);
  let dark = 0;
  for (const p of pixels) if (p < 128) dark++;
  return dark / (w * h);
}

describe.skipIf(!hasShared('seeds', SEED) || !hasTool('pdftoppm'))(
  `seed 000 as PDF, rasterised (${needsShared('seeds', SEED)}, poppler-utils)`,
  () => {
    it('pages carry ink, tables more than prose; the text has CJK and the totals', async () => {
      const pdf = await renderDisclosure(parsedSeed(SEED).disclosure, 'pdf');
      const file = join(dir, 'seed-000.pdf');
      writeFileSync(file, pdf);
      // Page 1: title page; 6: 表1 (ruled); 7: 表2 (landscape).
      for (const page of [1, 6, 7])
        execFileSync('pdftoppm', [
          '-r',
          '50',
          '-gray',
          '-f',
          `${page}`,
          '-l',
          `${page}`,
          file,
          join(dir, `p${page}`),
        ]);
      const pages = readdirSync(dir)
        .filter((f) => f.endsWith('.pgm'))
        .sort();
      expect(pages).toHaveLength(3);
      const ink = pages.map((f) => inkShare(readFileSync(join(dir, f))));
      for (const share of ink) expect(share).toBeGreaterThan(0.001);
      // A ruled table page carries far more ink than the title page.
      expect(ink[1]!).toBeGreaterThan(ink[0]! * 5);
      const landscape = readFileSync(join(dir, pages[2]!)).subarray(0, 32).toString('latin1');
      const [, w, h] = /^P5\s+(\d+)\s+(\d+)/.exec(landscape)!.map(Number);
      expect(w!).toBeGreaterThan(h!);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
      expect(text).toContain('收入总计');
      expect(text).toContain('支出总计');
      expect(text).toContain('14,303.93');
      expect(text).toContain('部门收支总体情况表');
      expect((text.match(/[\u4e00-\u9fff]/g) ?? []).length).toBeGreaterThan(5000);
    }, 30_000);
  },
);

describe.skipIf(!hasShared('seeds', SEED) || !existsSync(CHROMIUM))(
  `seed 000 as HTML in Chromium (${needsShared('seeds', SEED)}, ${CHROMIUM})`,
  () => {
    it('no table is wider than its section: no clipped columns', async () => {
      const html = await renderDisclosure(parsedSeed(SEED).disclosure, 'html');
      const file = join(dir, 'seed-000.html');
      writeFileSync(file, html);
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu'],
      });
      try {
        // The page widths at 96 dpi: A4 portrait 794 px for ordinary tables, landscape 1123 px
        // for the wide ones (they print on landscape pages).
        const page = await browser.newPage();
        await page.goto(`file://${file}`);
        for (const [width, wide] of [
          [794, false],
          [1123, true],
        ] as const) {
          await page.setViewportSize({ width, height: 1000 });
          // Evaluated in the page (a string: the project's types have no DOM).
          const tables = (await page.evaluate(`[...document.querySelectorAll('section.table')]
            .filter((s) => s.classList.contains('wide') === ${wide})
            .map((s) => {
              const t = s.querySelector('table');
              const cells = [...t.querySelectorAll('td, th')];
              return {
                title: s.querySelector('h3')?.textContent ?? '',
                scroll: t.scrollWidth,
                width: s.clientWidth,
                clipped: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).length,
              };
            })`)) as { title: string; scroll: number; width: number; clipped: number }[];
          // Seed 000: 表2, 表7 and 表11 are wide (12, 11 and 9 amount columns), the other eight not.
          expect(tables.length).toBe(wide ? 3 : 8);
          for (const t of tables) {
            expect(t.scroll, t.title).toBeLessThanOrEqual(t.width);
            expect(t.clipped, `${t.title}: cells whose text overflows`).toBe(0);
          }
        }
        await page.screenshot({ path: join(dir, 'html.png') });
      } finally {
        await browser.close();
      }
    }, 30_000);
  },
);
