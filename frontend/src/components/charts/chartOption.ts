/** ECharts options for the shared {@link ChartFigure}: kept apart so they can be tested without a canvas. */
export interface ChartSeries {
  name: string
  data: number[]
  color?: string
}

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11, graphical objects), told apart by hue. */
export const PALETTE = ['#a8201a', '#1d5fa8', '#2b6d10', '#8a5300', '#6b3fa0', '#00707a', '#4a4d52', '#b0306a']

const AXIS_TEXT = '#3c3f44'

export interface ChartShape {
  labels: string[]
  series: ChartSeries[]
  kind?: 'bar' | 'line'
  stacked?: boolean
  horizontal?: boolean
}

export function chartOption(shape: ChartShape) {
  const { labels, series, kind = 'bar', stacked = false, horizontal = false } = shape
  const categoryAxis = {
    type: 'category',
    data: labels,
    inverse: horizontal,
    axisLabel: { color: AXIS_TEXT, ...(horizontal ? { width: 150, overflow: 'truncate' } : { hideOverlap: true }) },
  }
  const valueAxis = { type: 'value', minInterval: 1, axisLabel: { color: AXIS_TEXT } }
  return {
    // The table under the chart is the text alternative; ECharts' own aria description would repeat it.
    aria: { enabled: false },
    color: PALETTE,
    grid: { left: horizontal ? 160 : 44, right: 16, top: series.length > 1 ? 36 : 16, bottom: 28 },
    tooltip: { trigger: 'axis' },
    legend: series.length > 1 ? { top: 0, textStyle: { color: AXIS_TEXT } } : undefined,
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s, i) => ({
      type: kind,
      name: s.name,
      data: s.data,
      stack: stacked ? 'total' : undefined,
      itemStyle: { color: s.color ?? PALETTE[i % PALETTE.length] },
      barMaxWidth: 28,
      emphasis: { focus: 'series' },
    })),
  }
}

/** The twelve month names, short, in the given language: 1月…12月 / Jan…Dec. */
export function monthLabels(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 15))))
}
