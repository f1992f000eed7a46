// Charts are drawn on the server as SVG, so every page shows them without JavaScript; the browser
// script (charts/client.ts) only adds interaction. echarts/core with only the parts we use keeps
// the import small; every chart is disposed after rendering or Node keeps timers alive.
import { BarChart, LineChart, PieChart, TreemapChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { html, raw, type Html } from '../html.js';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  TreemapChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = EChartsCoreOption;

// Single quotes: the SVG writer puts this inside a double-quoted style attribute.
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif";

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 360;

export interface ChartSize {
  readonly width?: number;
  readonly height?: number;
}

/** The option as SVG markup (no animation: the SVG is the final frame). */
export function chartSvg(option: ChartOption, size: ChartSize = {}): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width ?? CHART_WIDTH,
    height: size.height ?? CHART_HEIGHT,
  });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * A chart block: the server-drawn SVG, and the option as JSON for the client script. The JSON sits
 * in an escaped attribute, so text from documents cannot break out of it.
 */
export function chartBlock(title: string, option: ChartOption, size: ChartSize = {}): Html {
  const h = size.height ?? CHART_HEIGHT;
  return html`<figure class="chart">
    <figcaption>${title}</figcaption>
    <div class="chart-box" style="height:${h}px" data-option="${JSON.stringify(option)}">
      ${raw(chartSvg(option, size))}
    </div>
  </figure>`;
}
