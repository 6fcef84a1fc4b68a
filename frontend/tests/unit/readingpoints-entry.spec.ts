import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent } from 'vue'
import { i18n } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import type { ReadingPointDay, Visit, VisitRequest } from '@/api/readingpoints'

const day = (people: number, visits: Visit[] = []): ReadingPointDay => ({
  pointId: 7,
  date: '2026-03-02',
  visitCount: visits.length,
  visitPeople: people,
  visitItems: 0,
  visitsTurnedIntoApplications: 0,
  totalPeople: people,
  totalItems: 0,
  visits,
})

const api = vi.hoisted(() => ({
  allReadingPoints: vi.fn(),
  getDay: vi.fn(),
  createVisit: vi.fn(),
  deleteVisit: vi.fn(),
}))
vi.mock('@/api/readingpoints', async (original) => ({ ...(await original<object>()), ...api }))

import VisitEntryView from '@/views/readingpoints/VisitEntryView.vue'

async function mountEntry() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().$patch({
    token: 't',
    expiresAt: Date.now() + 60_000,
    account: { id: 1, username: 'clerk', displayName: '赵登记', roles: ['CLERK'], districtWide: true, enabled: true, demo: false, version: 0 },
  })
  const Stub = defineComponent({ template: '<div />' })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/admin/reading-points/entry', component: VisitEntryView },
      { path: '/:rest(.*)*', component: Stub },
    ],
  })
  await router.push('/admin/reading-points/entry')
  await router.isReady()
  const wrapper = mount(VisitEntryView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('the clerk entry screen', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    localStorage.clear()
    localStorage.setItem('gongkai.readingpoints.lastPoint', '7')
    api.allReadingPoints.mockResolvedValue([
      { id: 3, name: '公告栏', kind: 'NOTICE_BOARD', agencyId: 1 },
      { id: 7, name: '档案馆查阅点', kind: 'ARCHIVES', agencyId: 1 },
    ])
    api.getDay.mockResolvedValue(day(0))
    api.createVisit.mockImplementation(async (_point: number, body: VisitRequest) => ({
      id: 99,
      pointId: 7,
      version: 0,
      people: body.people,
      date: body.date,
    }))
    api.deleteVisit.mockResolvedValue(undefined)
  })

  it('preselects the last point and today, logs on Enter, resets the form and returns focus to the first field', async () => {
    const wrapper = await mountEntry()
    expect(api.getDay).toHaveBeenCalledWith(7, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/))
    const people = wrapper.find('input[data-test=entry-people]')
    await people.setValue('3')
    await wrapper.find('input[data-test=entry-items]').setValue('2')
    await wrapper.find('input[data-test=entry-asked]').setValue('咨询低保政策')
    api.getDay.mockResolvedValue(day(3, [{ id: 99, people: 3, itemsConsulted: 2, time: '10:15:00' }]))
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(api.createVisit).toHaveBeenCalledWith(7, expect.objectContaining({ people: 3, itemsConsulted: 2, requestSummary: '咨询低保政策' }))
    expect((people.element as HTMLInputElement).value).toBe('1')
    expect(document.activeElement).toBe(people.element)
    expect(wrapper.find('[data-test=day-total-people]').text()).toBe('3')
    expect(wrapper.find('[data-test=entry-announcement]').text()).toContain('3')
    wrapper.unmount()
  })

  it('checks the counts before sending and undoes the last entry', async () => {
    const wrapper = await mountEntry()
    await wrapper.find('input[data-test=entry-people]').setValue('0')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.createVisit).not.toHaveBeenCalled()
    // Element Plus shows a form item's error after a short debounce.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(wrapper.text()).toContain('人数须为不小于 1 的整数')

    await wrapper.find('input[data-test=entry-people]').setValue('2')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const undo = wrapper.find('[data-test=entry-undo]')
    expect(undo.exists()).toBe(true)
    await undo.trigger('click')
    await flushPromises()
    expect(api.deleteVisit).toHaveBeenCalledWith(7, 99, 0)
    expect(wrapper.find('[data-test=entry-undo]').exists()).toBe(false)
    wrapper.unmount()
  })
})
