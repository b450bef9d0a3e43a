import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { uiLanguage } from '../../utils/platform/i18n';

export interface ChartLine {
  label: string;
  values: (number | null)[];
}

interface DashboardChartProps {
  title: string;
  /** Epoch ms of each point. */
  times: number[];
  lines: ChartLine[];
  timeZone: string;
  formatValue: (value: number) => string;
  /** A fixed width for print; otherwise the chart fills its container and follows its size. */
  width?: number;
  height?: number;
}

const LINE_COLOURS = ['#2f6feb', '#e8590c', '#2b8a3e', '#c2255c', '#7048e8', '#0c8599', '#a61e4d', '#5c940d', '#d6336c', '#495057'];

export function DashboardChart({ title, times, lines, timeZone, formatValue, width, height = 220 }: DashboardChartProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const dates = new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short', timeZone });
    const plot = new uPlot(
      {
        width: width ?? Math.max(element.clientWidth, 280),
        height,
        ms: 1,
        tzDate: (ms) => uPlot.tzDate(new Date(ms), timeZone),
        // Hover values help on screen; on paper only the names are of use.
        legend: { show: true, live: width === undefined },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: true } },
        axes: [
          { values: (_, splits) => splits.map((ms) => dates.format(ms)) },
          { values: (_, splits) => splits.map(formatValue), size: 60 },
        ],
        series: [
          {},
          ...lines.map((line, index) => ({
            label: line.label,
            stroke: LINE_COLOURS[index % LINE_COLOURS.length],
            width: 2,
            spanGaps: true,
            points: { show: true, size: 4 },
            value: (_: uPlot, value: number | null) => (value === null ? '—' : formatValue(value)),
          })),
        ],
      },
      [times, ...lines.map((line) => line.values)],
      element,
    );
    if (width !== undefined) return () => plot.destroy();
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(element.clientWidth, 280), height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [times, lines, timeZone, width, height]);
  return (
    <figure class="dash-chart">
      <figcaption>{title}</figcaption>
      <div ref={container} class="dash-chart__plot" />
    </figure>
  );
}
