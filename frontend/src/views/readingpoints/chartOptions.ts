/**
 * ECharts options for the reading-point statistics, built from the API's rows so that they can be tested
 * without a browser. Values are either people received or items consulted.
 */
import type { StatisticsRow } from '@/api/readingpoints'

export type Metric = 'people' | 'itemsConsulted'

export interface Series {
  name: string
  data: number[]
}

/** Twelve values (January–December) per point, from `point-month` rows, points in the order they come. */
export function monthlySeriesByPoint(rows: StatisticsRow[], metric: Metric): Series[] {
  const byPoint = new Map<number, Series>()
  for (const r of rows) {
    if (r.pointId === undefined || r.pointId === null || !r.month) continue
    let s = byPoint.get(r.pointId)
    if (!s) {
      s = { name: r.pointName ?? String(r.pointId), data: new Array(12).fill(0) }
      byPoint.set(r.pointId, s)
    }
    s.data[r.month - 1] = r[metric] ?? 0
  }
  return [...byPoint.values()]
}

/** Points that have nothing in the whole year are left out of the chart (the table still lists them). */
export function nonEmpty(series: Series[]): Series[] {
  return series.filter((s) => s.data.some((v) => v > 0))
}

export function monthlyChart(series: Series[], monthNames: string[], title: string) {
  return {
    aria: { enabled: true },
    title: { text: title, left: 0, textStyle: { fontSize: 15 } },
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 56, right: 16, top: 48, bottom: 56 },
    xAxis: { type: 'category', data: monthNames },
    yAxis: { type: 'value' },
    series: series.map((s) => ({ name: s.name, type: 'bar', stack: 'points', data: s.data, emphasis: { focus: 'series' } })),
  }
}

/** One bar per kind of point, for people and items side by side. */
export function kindChart(rows: StatisticsRow[], kindName: (kind: string) => string, names: { people: string; items: string; title: string }) {
  const kinds = rows.filter((r) => r.kind)
  return {
    aria: { enabled: true },
    title: { text: names.title, left: 0, textStyle: { fontSize: 15 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 56, right: 16, top: 48, bottom: 56 },
    xAxis: { type: 'category', data: kinds.map((r) => kindName(r.kind!)) },
    yAxis: { type: 'value' },
    series: [
      // Labels on the bars: an archive's few hundred people vanish next to a service centre's hundreds of thousands.
      { name: names.people, type: 'bar', data: kinds.map((r) => r.people ?? 0), label: { show: true, position: 'top' } },
      { name: names.items, type: 'bar', data: kinds.map((r) => r.itemsConsulted ?? 0), label: { show: true, position: 'top' } },
    ],
  }
}
