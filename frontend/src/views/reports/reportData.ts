/**
 * What the console derives from a report document: the checks in reading order, the chart data (items by
 * category, applications by outcome, website visits by month, year over year) as ECharts options, and the
 * URL filters. Pure functions, tested without a browser.
 */
import type { ComparisonRow, ReportCheck, ReportDocument, ReportFormat } from '@/api/reports'
import { REPORT_FORMATS } from '@/api/reports'

const SEVERITY: Record<string, number> = { FAIL: 0, WARNING: 1, PASS: 2 }

/** FAIL first, then WARNING, then PASS; the server's order is kept within a status. */
export function orderChecks(checks: readonly ReportCheck[] | undefined): ReportCheck[] {
  return (checks ?? [])
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (SEVERITY[a.c.status ?? 'PASS'] ?? 3) - (SEVERITY[b.c.status ?? 'PASS'] ?? 3) || a.i - b.i)
    .map(({ c }) => c)
}

/** The grouping of table 三's outcome rows (三、本年度办理结果 （一）…（七）) by their stable key. */
export const OUTCOME_GROUPS = ['open', 'partial', 'withheld', 'unavailable', 'notProcessed', 'other'] as const
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number]

export function outcomeGroupOf(rowKey: string): OutcomeGroup | undefined {
  if (rowKey === 'result_open') return 'open'
  if (rowKey === 'result_partial') return 'partial'
  if (rowKey.startsWith('result_not_public_')) return 'withheld'
  if (rowKey.startsWith('result_cannot_provide_')) return 'unavailable'
  if (rowKey.startsWith('result_not_processed_')) return 'notProcessed'
  if (rowKey.startsWith('result_other_')) return 'other'
  return undefined
}

/** Applications decided in the year per outcome group, over every applicant column. */
export function outcomesByGroup(document: ReportDocument | undefined): Record<OutcomeGroup, number> {
  const totals = Object.fromEntries(OUTCOME_GROUPS.map((g) => [g, 0])) as Record<OutcomeGroup, number>
  for (const column of Object.values(document?.figures?.applications?.columns ?? {})) {
    for (const [row, n] of Object.entries(column.outcomes ?? {})) {
      const group = outcomeGroupOf(row)
      if (group) totals[group] += n ?? 0
    }
  }
  return totals
}

/** Twelve monthly values, `null` for a month nothing was recorded for (a gap, not a zero). */
export function visitsByMonth(months: readonly { month?: number; visits?: number }[] | undefined): (number | null)[] {
  const out: (number | null)[] = new Array(12).fill(null)
  for (const m of months ?? []) {
    if (m.month && m.month >= 1 && m.month <= 12 && m.visits != null) out[m.month - 1] = m.visits
  }
  return out
}

/**
 * The rows of the comparison that can be drawn as a change in per cent: both years known and last year's
 * figure not zero. Per cent, because the figures differ by orders of magnitude (website visits in the hundreds
 * of thousands, rules issued in single digits); the table beside the chart gives the absolute figures.
 */
export function comparableRows(rows: readonly ComparisonRow[] | undefined): ComparisonRow[] {
  return (rows ?? []).filter((r) => r.current != null && r.previous != null && r.percentChange != null)
}

const base = (title: string) => ({
  aria: { enabled: true },
  title: { text: title, left: 0, textStyle: { fontSize: 15 } },
  tooltip: { trigger: 'axis' },
})

/** Categories with items in the year (the empty ones would only add zero bars). */
export function categoryChart(categories: readonly { nameZh?: string; count?: number }[], title: string) {
  const list = categories.filter((c) => (c.count ?? 0) > 0).reverse()
  return {
    ...base(title),
    grid: { left: 8, right: 48, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: list.map((c) => c.nameZh ?? ''), axisLabel: { width: 180, overflow: 'truncate' } },
    series: [{ type: 'bar', data: list.map((c) => c.count ?? 0), label: { show: true, position: 'right' } }],
  }
}

export function outcomeChart(totals: Record<OutcomeGroup, number>, label: (g: OutcomeGroup) => string, title: string) {
  return {
    ...base(title),
    // Each slice is labelled with its name and count, so no legend (it would be cut short in a narrow column).
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '62%'],
        top: 24,
        bottom: 8,
        data: OUTCOME_GROUPS.filter((g) => totals[g] > 0).map((g) => ({ name: label(g), value: totals[g] })),
        label: { formatter: '{b}: {c}' },
      },
    ],
  }
}

export function visitsChart(values: (number | null)[], monthNames: string[], title: string, seriesName: string) {
  return {
    ...base(title),
    grid: { left: 64, right: 16, top: 48, bottom: 32 },
    xAxis: { type: 'category', data: monthNames },
    yAxis: { type: 'value' },
    series: [{ name: seriesName, type: 'bar', data: values }],
  }
}

export function comparisonChart(rows: ComparisonRow[], label: (r: ComparisonRow) => string, names: { title: string; series: string }) {
  const list = [...rows].reverse()
  return {
    ...base(names.title),
    grid: { left: 8, right: 56, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: list.map(label), axisLabel: { width: 220, overflow: 'truncate' } },
    series: [
      {
        name: names.series,
        type: 'bar',
        data: list.map((r) => ({
          value: r.percentChange ?? 0,
          itemStyle: { color: (r.percentChange ?? 0) < 0 ? '#b3261e' : '#2e6b30' },
        })),
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  }
}

/** The console's filters as they stand in the URL (`?year=2011&agencyId=1&sub=1&format=LEGACY`). */
export interface ReportFilters {
  year: number
  agencyId?: number
  includeSubagencies?: boolean
  format?: ReportFormat
}

type QueryLike = Record<string, unknown>

function single(v: unknown): string | undefined {
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' && s !== '' ? s : undefined
}

/** Reads the filters; anything unreadable falls back to the default (last year, own agency, the report's settings). */
export function filtersFromQuery(query: QueryLike, today = new Date()): ReportFilters {
  const lastYear = today.getFullYear() - 1
  const year = Number(single(query.year))
  const agencyId = Number(single(query.agencyId))
  const sub = single(query.sub)
  const format = single(query.format) as ReportFormat | undefined
  return {
    year: Number.isInteger(year) && year >= 2008 && year <= today.getFullYear() ? year : lastYear,
    agencyId: Number.isInteger(agencyId) && agencyId > 0 ? agencyId : undefined,
    includeSubagencies: sub === '1' ? true : sub === '0' ? false : undefined,
    format: format && REPORT_FORMATS.includes(format) ? format : undefined,
  }
}

export function filtersToQuery(f: ReportFilters): Record<string, string> {
  const q: Record<string, string> = { year: String(f.year) }
  if (f.agencyId) q.agencyId = String(f.agencyId)
  if (f.includeSubagencies !== undefined) q.sub = f.includeSubagencies ? '1' : '0'
  if (f.format) q.format = f.format
  return q
}

/** The year's format by default (backend rule): legacy to 2018, the 2019 trial for 2019–2020, the 2021 format on. */
export function defaultFormatOf(year: number): ReportFormat {
  if (year <= 2018) return 'LEGACY'
  return year <= 2020 ? 'NATIONAL_2019' : 'NATIONAL_2021'
}

/** Years a report can be made for: from the 2008 Regulation on, newest first. */
export function reportYears(today = new Date()): number[] {
  const out: number[] = []
  for (let y = today.getFullYear(); y >= 2008; y--) out.push(y)
  return out
}
