import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent, h } from 'vue'
import { i18n, setLocale } from '@/i18n'

const api = vi.hoisted(() => ({ getWebsiteYear: vi.fn(), putWebsiteMonth: vi.fn() }))
vi.mock('@/api/activities', async (original) => ({ ...(await original<object>()), ...api }))
vi.mock('@/api/agencies', async (original) => ({ ...(await original<object>()), getAgencyTree: vi.fn().mockResolvedValue([]) }))

import WebsiteStatisticsView from '@/views/activities/WebsiteStatisticsView.vue'

async function mountAt(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/admin/activities/website', component: WebsiteStatisticsView },
      { path: '/:rest(.*)*', component: defineComponent({ render: () => h('div') }) },
    ],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(WebsiteStatisticsView, { global: { plugins: [createPinia(), i18n, router] } })
  await flushPromises()
  return { wrapper, router }
}

describe('the website visits grid', () => {
  beforeEach(async () => {
    vi.clearAllMocks()
    await setLocale('zh-CN')
    api.getWebsiteYear.mockImplementation(async (agencyId: number, year: number) => ({
      agencyId,
      year,
      months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, visits: i === 0 ? 1234 : null, version: null })),
    }))
  })

  it('opens the agency and year named in the address, so a grid can be bookmarked', async () => {
    const { wrapper } = await mountAt('/admin/activities/website?agencyId=3&year=2024')
    expect(api.getWebsiteYear).toHaveBeenCalledWith(3, 2024)
    expect((wrapper.get('#month-1').element as HTMLInputElement).value).toBe('1234')
  })

  it('waits for an agency when the address names none', async () => {
    await mountAt('/admin/activities/website')
    expect(api.getWebsiteYear).not.toHaveBeenCalled()
  })
})
