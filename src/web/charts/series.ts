// Charts across disclosures: a department's trends over years, and a region's totals by 功能分类
// and 三公 item. Pure functions of plain rows.
import type { ChartOption } from './ssr.js';

export interface YearPoint {
  readonly year: number;
  readonly values: Readonly<Record<string, number | null>>;
}

/** One line per series key, years on the x axis; missing figures leave gaps. */
export function trendOption(
  points: readonly YearPoint[],
  series: readonly { key: string; name: string }[],
  type: 'line' | 'bar' = 'line',
): ChartOption | undefined {
  if (!points.length) return undefined;
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 70, right: 30, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
    yAxis: { type: 'value' },
    series: series.map((s) => ({
      type,
      name: s.name,
      data: points.map((p) => p.values[s.key] ?? null),
      connectNulls: false,
      label: { show: points.length <= 6 && type === 'bar', position: 'top' },
    })),
  };
}

/** Horizontal bars, largest at the top. */
export function barsOption(
  items: readonly { name: string; value: number }[],
): ChartOption | undefined {
  const rows = items.filter((x) => x.value > 0).sort((a, b) => a.value - b.value);
  if (!rows.length) return undefined;
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 200, right: 80, top: 10, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { width: 180 } },
    series: [
      { type: 'bar', data: rows.map((r) => r.value), label: { show: true, position: 'right' } },
    ],
  };
}
