import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent, h } from 'vue'
import { i18n, setLocale } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import { ApiError } from '@/api/http'
import type { Dashboard } from '@/api/dashboard'

const api = vi.hoisted(() => ({ getDashboard: vi.fn() }))
vi.mock('@/api/dashboard', async (original) => ({ ...(await original<object>()), ...api }))
vi.mock('@/api/agencies', async (original) => ({ ...(await original<object>()), getAgencyTree: vi.fn().mockResolvedValue([]) }))
// ECharts needs a canvas; the chart's own test is its option builder. Here: which charts, with what numbers.
vi.mock('@/components/charts/ChartFigure.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: ['title', 'labels', 'series', 'stacked', 'labelHeading'],
    setup: (p) => () =>
      h('figure', { 'data-test': 'chart' }, [
        h('figcaption', p.title),
        h('span', { 'data-test': 'chart-data' }, JSON.stringify({ labels: p.labels.length, series: p.series })),
      ]),
  }),
}))

import DashboardView from '@/views/dashboard/DashboardView.vue'

const twelve = (v: number[]) => [...v, ...Array(12 - v.length).fill(0)]
const application = (id: number, remaining: number) => ({
  id,
  trackingNumber: `YSQ-2026-00000${id}`,
  applicantName: '张三',
  agencyName: '东区财政局',
  urgency: remaining < 0 ? 'OVERDUE' : 'DUE_SOON',
  remainingWorkingDays: remaining,
})

const caseworkerDashboard: Dashboard = {
  today: '2026-03-16',
  year: 2026,
  scope: { districtWide: true },
  applications: {
    open: 31,
    overdue: 2,
    overdueFirst: [application(1, -3), application(2, -1)],
    dueSoonDays: 5,
    dueSoon: 4,
    dueSoonFirst: [application(3, 2)],
    dueUnknown: 1,
    missingCalendarYears: [2027],
  },
  charts: {
    applicationsByMonth: [
      { group: 'PENDING', labelZh: '尚未办结', labelEn: 'Not concluded', byMonth: twelve([1, 2, 9]) },
      { group: 'DISCLOSED', labelZh: '予以公开', labelEn: 'Disclosed', byMonth: twelve([3, 1, 0]) },
      { group: 'WITHHELD', labelZh: '不予公开', labelEn: 'Withheld', byMonth: twelve([]) },
    ],
  },
} as Dashboard

const editorDashboard: Dashboard = {
  today: '2026-03-16',
  year: 2026,
  scope: { agencyId: 8, agencyName: '东区财政局', districtWide: false },
  items: { myDrafts: 3, myDraftsFirst: [{ id: 41, title: '2026年预算公开', updatedAt: '2026-03-15T08:00:00Z' }], mySubmitted: 1 },
  report: {
    year: 2025,
    agencyId: 8,
    agencyName: '东区财政局',
    status: 'DRAFT',
    statusLabelZh: '草稿',
    statusLabelEn: 'Draft',
    deadline: { due: '2026-01-31', daysLeft: -44, overdue: true, ruleZh: '第四十九条', ruleEn: 'Art. 49' },
    checks: { pass: 27, warning: 1, fail: 2 },
  },
  charts: { itemsPublishedByMonth: twelve([5, 7, 2]) },
} as Dashboard

async function mountDashboard(roles: string[], districtWide: boolean, path = '/admin') {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().$patch({
    token: 't',
    expiresAt: Date.now() + 60_000,
    account: { id: 1, username: 'u', displayName: '王办理', roles, districtWide, agencyName: '东区财政局', enabled: true, demo: false, version: 0 },
  })
  const Stub = defineComponent({ render: () => h('div') })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/admin', component: DashboardView },
      { path: '/:rest(.*)*', component: Stub },
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(DashboardView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  await flushPromises()
  return { wrapper, router }
}

describe('the console dashboard', () => {
  beforeEach(async () => {
    vi.clearAllMocks()
    await setLocale('zh-CN')
  })

  it('shows a caseworker the applications due and overdue, each count linking to the queue with its filter', async () => {
    api.getDashboard.mockResolvedValue(caseworkerDashboard)
    const { wrapper } = await mountDashboard(['CASEWORKER'], true)

    expect(api.getDashboard).toHaveBeenCalledWith(undefined)
    const overdue = wrapper.get('[data-test=tile-overdue]')
    expect(overdue.text()).toContain('2')
    expect(overdue.text()).toContain('已超期')
    expect(overdue.attributes('href')).toBe('/admin/applications?overdue=true')
    const dueSoon = wrapper.get('[data-test=tile-due-soon]')
    expect(dueSoon.text()).toContain('4')
    expect(dueSoon.text()).toContain('5个工作日内到期')
    expect(dueSoon.attributes('href')).toBe('/admin/applications?dueWithinDays=5')
    const overdueRows = wrapper.findAll('[data-test=list-overdueFirst] li')
    expect(overdueRows).toHaveLength(2)
    expect(overdueRows[0].get('a').attributes('href')).toBe('/admin/applications/1')
    expect(wrapper.text()).toContain('缺少2027年度节假日安排')

    // Cards of other roles stay away; one chart, the months so far, groups without applications left out.
    expect(wrapper.find('[data-test=card-items]').exists()).toBe(false)
    expect(wrapper.find('[data-test=card-report]').exists()).toBe(false)
    expect(wrapper.find('[data-test=card-reading-points]').exists()).toBe(false)
    const charts = wrapper.findAll('[data-test=chart]')
    expect(charts).toHaveLength(1)
    const chart = JSON.parse(charts[0].get('[data-test=chart-data]').text())
    expect(chart.labels).toBe(3)
    expect(chart.series).toEqual([
      { name: '尚未办结', data: [1, 2, 9] },
      { name: '予以公开', data: [3, 1, 0] },
    ])
  })

  it("shows an editor their drafts and the report's deadline, overdue, in the language chosen", async () => {
    api.getDashboard.mockResolvedValue(editorDashboard)
    await setLocale('en')
    const { wrapper } = await mountDashboard(['EDITOR'], false)

    const drafts = wrapper.get('[data-test=tile-my-drafts]')
    expect(drafts.text()).toContain('3')
    expect(drafts.attributes('href')).toBe('/admin/items?status=DRAFT&mine=true&agencyId=8')
    expect(wrapper.get('[data-test=list-my-drafts] a').attributes('href')).toBe('/admin/items/41')
    expect(wrapper.get('[data-test=report-status]').text()).toBe('Draft')
    expect(wrapper.get('[data-test=report-days]').text()).toBe('44 days overdue')
    const checks = wrapper.get('[data-test=report-checks] a')
    expect(checks.text().replace(/\s+/g, ' ')).toBe('2 failed · 1 warning · 27 passed')
    expect(checks.attributes('href')).toBe('/admin/reports?year=2025&agencyId=8&tab=checks')
    expect(wrapper.find('[data-test=card-applications]').exists()).toBe(false)
    expect(wrapper.findAll('[data-test=chart]')).toHaveLength(1)
    expect(wrapper.get('[data-test=chart] figcaption').text()).toBe('Items published per month')
  })

  it('narrows a district-wide account to the agency in the address and presets that agency in the queue links', async () => {
    api.getDashboard.mockResolvedValue({ ...caseworkerDashboard, scope: { agencyId: 5, agencyName: '东区民政局', districtWide: false } })
    const { wrapper } = await mountDashboard(['ADMIN'], true, '/admin?agencyId=5')

    expect(api.getDashboard).toHaveBeenCalledWith(5)
    expect(wrapper.get('[data-test=tile-overdue]').attributes('href')).toBe('/admin/applications?overdue=true&agencyId=5')
    expect(wrapper.text()).toContain('统计范围：东区民政局')
  })

  it('counts in English with singular and plural', async () => {
    api.getDashboard.mockResolvedValue({
      ...caseworkerDashboard,
      report: { ...editorDashboard.report, deadline: { due: '2026-03-17', daysLeft: 1, overdue: false } },
    })
    await setLocale('en')
    const { wrapper } = await mountDashboard(['ADMIN'], true)
    expect(wrapper.text()).toContain('1 open application has no due date yet: the holiday calendar of 2027 is missing.')
    expect(wrapper.get('[data-test=report-days]').text()).toBe('1 day left')
  })

  it('explains a failure instead of showing empty cards', async () => {
    api.getDashboard.mockRejectedValue(new ApiError(403, { title: 'Forbidden', detail: '无权查看该机关' }))
    const { wrapper } = await mountDashboard(['CASEWORKER'], false)

    expect(wrapper.get('[data-test=problem]').text()).toContain('无权查看该机关')
    expect(wrapper.find('[data-test=card-applications]').exists()).toBe(false)
  })
})
