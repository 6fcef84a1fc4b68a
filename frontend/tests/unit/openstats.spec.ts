import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent, h } from 'vue'
import { i18n, setLocale } from '@/i18n'
import type { OpenStatistics } from '@/api/openstats'
import { chartOption, monthLabels } from '@/components/charts/chartOption'

const api = vi.hoisted(() => ({ getOpenStatistics: vi.fn() }))
vi.mock('@/api/openstats', async (original) => ({ ...(await original<object>()), ...api }))
vi.mock('@/api/agencies', async (original) => ({ ...(await original<object>()), getAgencyTree: vi.fn().mockResolvedValue([]) }))
vi.mock('@/components/charts/ChartFigure.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: ['title', 'labels', 'series', 'extraColumns'],
    setup: (p) => () => h('figure', { 'data-test': 'chart' }, [h('figcaption', p.title), h('span', { 'data-test': 'chart-data' }, JSON.stringify({ labels: p.labels, series: p.series }))]),
  }),
}))

import OpenStatisticsView from '@/views/openstats/OpenStatisticsView.vue'

const months = (v: number[]) => [...v, ...Array(12 - v.length).fill(0)]
const figures = (year: number): OpenStatistics =>
  ({
    year,
    years: [2026, 2025, 2024],
    items: {
      publishedInYear: 37,
      cumulativePublished: 305,
      byCategory: [
        { code: 'NEWS', nameZh: '工作动态', nameEn: 'Work news', count: 12 },
        { code: 'RULES', nameZh: '规章', nameEn: 'Government rules', count: 0 },
      ],
      byMonth: months([3, 5]),
      byYear: [
        { year: 2024, count: 40 },
        { year: 2025, count: 37 },
      ],
    },
    applications: {
      received: 23,
      carriedOver: 8,
      concluded: 9,
      carriedForward: 22,
      outcomes: [{ group: 'DISCLOSED', labelZh: '予以公开', labelEn: 'Disclosed', count: 4 }],
      receivedByMonth: [{ group: 'DISCLOSED', labelZh: '予以公开', labelEn: 'Disclosed', byMonth: months([1]) }],
    },
    visits: {
      people: 280206,
      itemsConsulted: 135744,
      byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, people: 10, itemsConsulted: 5, websiteVisits: undefined })),
      byKind: [{ kind: 'ARCHIVES', labelZh: '档案馆', labelEn: 'Archives', points: 1, people: 329, itemsConsulted: 563 }],
      websiteVisits: undefined,
      websiteMonthsRecorded: 0,
    },
  }) as OpenStatistics

async function mountAt(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/statistics', component: OpenStatisticsView },
      { path: '/:rest(.*)*', component: defineComponent({ render: () => h('div') }) },
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(OpenStatisticsView, { global: { plugins: [createPinia(), i18n, router] } })
  await flushPromises()
  await flushPromises()
  return { wrapper, router }
}

describe('the open statistics page', () => {
  beforeEach(async () => {
    vi.clearAllMocks()
    await setLocale('zh-CN')
    api.getOpenStatistics.mockImplementation(async (year?: number) => figures(year ?? 2026))
  })

  it('loads the year in the address and offers each table as CSV in the current language', async () => {
    const { wrapper } = await mountAt('/statistics?year=2025')
    expect(api.getOpenStatistics).toHaveBeenCalledWith(2025, undefined)
    expect(wrapper.get('h1').text()).toBe('2025年政府信息公开数据统计')
    expect(wrapper.get('[data-test=stats-summary]').text()).toContain('280,206')
    expect(wrapper.get('[data-test=csv-items-by-category]').attributes('href')).toBe('/api/v1/open-statistics/items-by-category.csv?year=2025&lang=zh-CN')
    expect(wrapper.findAll('a[download]')).toHaveLength(7)

    // Categories without items stay out of the chart; the months are named; no website line without website data.
    const charts = wrapper.findAll('[data-test=chart-data]').map((c) => JSON.parse(c.text()))
    expect(charts[0]).toEqual({ labels: ['工作动态'], series: [{ name: '公开信息数', data: [12] }] })
    expect(charts[1].labels[0]).toBe('1月')
    const visits = charts.find((c) => c.series.some((s: { name: string }) => s.name === '接待人次'))
    expect(visits.series.map((s: { name: string }) => s.name)).toEqual(['接待人次', '查阅件次'])
  })

  it('switching the year changes the address and reloads', async () => {
    const { wrapper, router } = await mountAt('/statistics')
    expect(api.getOpenStatistics).toHaveBeenCalledWith(undefined, undefined)
    await router.replace({ query: { year: '2024' } })
    await flushPromises()
    expect(api.getOpenStatistics).toHaveBeenLastCalledWith(2024, undefined)
    expect(wrapper.get('h1').text()).toContain('2024')

    // One agency (with those under it): the figures and the CSV files follow.
    await router.replace({ query: { year: '2024', agencyId: '7' } })
    await flushPromises()
    expect(api.getOpenStatistics).toHaveBeenLastCalledWith(2024, 7)
    expect(wrapper.get('[data-test=csv-visits-by-kind]').attributes('href')).toBe('/api/v1/open-statistics/visits-by-kind.csv?year=2024&lang=zh-CN&agencyId=7')
  })
})

describe('chart options', () => {
  it('names the months in the language and draws sideways bars with the categories on the vertical axis', () => {
    expect(monthLabels('zh-CN')[11]).toBe('12月')
    expect(monthLabels('en')[0]).toBe('Jan')
    const option = chartOption({ labels: ['a', 'b'], series: [{ name: 'n', data: [1, 2] }], horizontal: true })
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['a', 'b'], inverse: true })
    expect(option.xAxis).toMatchObject({ type: 'value' })
    expect(option.legend).toBeUndefined()
    const stacked = chartOption({ labels: ['a'], series: [{ name: 'x', data: [1] }, { name: 'y', data: [2] }], stacked: true })
    expect(stacked.series.map((s) => s.stack)).toEqual(['total', 'total'])
    expect(stacked.legend).toBeDefined()
  })
})
