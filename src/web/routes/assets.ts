// Static assets: the stylesheet, the ECharts browser build (from node_modules, cached) and the
// script that turns the server-drawn SVG charts into interactive ones.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import type { WebEnv } from '../env.js';
import { SITE_CSS } from '../pages/style.js';

// Replaces each server-drawn chart with a live one from the same option; without this script (or
// if it fails) the SVG stays.
// Charts come inline (a div holding the SVG and its option) or as an <img> of the SVG with the
// URL of its option.
const CHARTS_JS = `(function () {
  if (!window.echarts) return;
  function live(el, option) {
    el.innerHTML = '';
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.querySelectorAll('.chart-box[data-option]').forEach(function (el) {
    try { live(el, JSON.parse(el.getAttribute('data-option'))); } catch (e) { /* keep the SVG */ }
  });
  document.querySelectorAll('img[data-option-src]').forEach(function (img) {
    fetch(img.getAttribute('data-option-src')).then(function (r) { return r.json(); }).then(function (option) {
      var box = document.createElement('div');
      box.className = 'chart-box';
      box.style.height = img.getAttribute('height') + 'px';
      img.replaceWith(box);
      live(box, option);
    }).catch(function () { /* keep the image */ });
  });
})();
`;

let echartsJs: Promise<string> | undefined;

function loadEcharts(): Promise<string> {
  const require = createRequire(import.meta.url);
  echartsJs ??= readFile(require.resolve('echarts/dist/echarts.min.js'), 'utf8');
  return echartsJs;
}

const CACHE = 'public, max-age=3600';

export function assetRoutes(): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.get('/assets/site.css', (c) =>
    c.body(SITE_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': CACHE }),
  );
  app.get('/assets/charts.js', (c) =>
    c.body(CHARTS_JS, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': CACHE,
    }),
  );
  app.get('/assets/echarts.min.js', async (c) =>
    c.body(await loadEcharts(), 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': CACHE,
    }),
  );
  return app;
}
