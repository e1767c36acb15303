// Bar charts as inline SVG: no chart library for a handful of bars, and they print and scale.
import { html, svg, type TemplateResult } from 'lit';
import { num } from './i18n';

export interface Series {
  label: string;
  values: (number | undefined)[];
}

/**
 * Grouped horizontal bars: one row per category, one bar per series, each series scaled to its own
 * maximum (figures of different sizes side by side), the figure written after each bar.
 */
export function barChart(title: string, categories: string[], series: Series[]): TemplateResult {
  const rowHeight = 16 * series.length + 10;
  const labelWidth = 130;
  const width = 520;
  const barSpace = width - labelWidth - 70;
  const height = categories.length * rowHeight + 24;
  const maxima = series.map((s) => Math.max(1, ...s.values.map((v) => v ?? 0)));
  return html`<figure class="chart">
    <figcaption>${title}</figcaption>
    <svg viewBox="0 0 ${width} ${height}" role="img" aria-label=${title} preserveAspectRatio="xMinYMin meet">
      ${categories.map((category, row) => svg`
        <text x="0" y=${row * rowHeight + 14} class="chart-label">${category}</text>
        ${series.map((s, i) => {
          const value = s.values[row];
          const w = value ? Math.max(2, (value / maxima[i]) * barSpace) : 0;
          const y = row * rowHeight + 4 + i * 16;
          return svg`<rect x=${labelWidth} y=${y} width=${w} height="12" class="bar bar-${i}"></rect>
            <text x=${labelWidth + w + 4} y=${y + 10} class="chart-value">${num(value)}</text>`;
        })}`)}
      ${series.map((s, i) => svg`<rect x=${labelWidth + i * 150} y=${height - 12} width="10" height="10" class="bar bar-${i}"></rect>
        <text x=${labelWidth + i * 150 + 14} y=${height - 3} class="chart-label">${s.label}</text>`)}
    </svg>
  </figure>`;
}
