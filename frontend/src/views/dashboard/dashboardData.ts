import type { DashboardCharts } from '@/api/dashboard'
import type { ChartSeries } from '@/components/charts/chartOption'

type Translate = (key: string, values?: Record<string, unknown>) => string
type Label = (zh?: string, en?: string) => string

export interface DashboardChart {
  key: string
  title: string
  series: ChartSeries[]
  stacked: boolean
}

/** The applications queue with filters preset in its address (the queue reads them from the query). */
export function queueLink(filters: Record<string, string>, agencyId?: number) {
  return { path: '/admin/applications', query: { ...filters, ...(agencyId ? { agencyId: String(agencyId) } : {}) } }
}

const firstMonths = (values: readonly number[] | undefined, months: number) => (values ?? []).slice(0, months).map(Number)

/** Items published per month (null when the caller's roles do not see it). */
export function itemsChart(c: DashboardCharts, months: number, t: Translate): DashboardChart | null {
  if (!c.itemsPublishedByMonth) return null
  return {
    key: 'items',
    title: t('dashboard.charts.items'),
    series: [{ name: t('dashboard.charts.itemsSeries'), data: firstMonths(c.itemsPublishedByMonth, months) }],
    stacked: false,
  }
}

/** Applications received per month, stacked by how each has ended so far; groups with no application left out. */
export function applicationsChart(c: DashboardCharts, months: number, t: Translate, label: Label): DashboardChart | null {
  if (!c.applicationsByMonth) return null
  const all = c.applicationsByMonth.map((g) => ({
    name: label(g.labelZh, g.labelEn) || g.group || '',
    data: firstMonths(g.byMonth, months),
  }))
  const used = all.filter((s) => s.data.some((v) => v > 0))
  return { key: 'applications', title: t('dashboard.charts.applications'), series: used.length ? used : all, stacked: true }
}

/** People received and items consulted at the reading points per month. */
export function visitsChart(c: DashboardCharts, months: number, t: Translate): DashboardChart | null {
  if (!c.visitorsByMonth) return null
  return {
    key: 'visits',
    title: t('dashboard.charts.visits'),
    series: [
      { name: t('dashboard.charts.people'), data: firstMonths(c.visitorsByMonth, months) },
      { name: t('dashboard.charts.itemsConsulted'), data: firstMonths(c.itemsConsultedByMonth, months) },
    ],
    stacked: false,
  }
}
