import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent, h, nextTick } from 'vue'
import { i18n } from '@/i18n'
import PortalLayout from '@/layouts/PortalLayout.vue'

const Page = defineComponent({ render: () => h('p', 'page') })

async function mountLayout() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Page, meta: { portalNav: { key: 'portal.nav.home', order: 0 } } },
      { path: '/statistics', component: Page, meta: { portalNav: { key: 'openstats.nav', order: 60 } } },
    ],
  })
  await router.push('/')
  await router.isReady()
  const wrapper = mount(PortalLayout, { global: { plugins: [createPinia(), i18n, router] }, attachTo: document.body })
  return { wrapper, router }
}

describe('the portal frame', () => {
  it('has the landmarks and a skip link to the main content', async () => {
    const { wrapper } = await mountLayout()
    expect(wrapper.find('a.skip-link').attributes('href')).toBe('#main')
    expect(wrapper.find('header').exists()).toBe(true)
    expect(wrapper.find('nav').attributes('aria-label')).toBe('网站导航')
    expect(wrapper.find('main#main').exists()).toBe(true)
    expect(wrapper.find('footer').exists()).toBe(true)
    wrapper.unmount()
  })

  it('folds the navigation behind a disclosure button that Escape and a page change close', async () => {
    const { wrapper, router } = await mountLayout()
    const button = wrapper.get('[data-test=portal-menu]')
    const list = wrapper.get('#portal-nav-list')
    expect(button.attributes('aria-controls')).toBe('portal-nav-list')
    expect(button.attributes('aria-expanded')).toBe('false')

    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(list.classes()).toContain('is-open')

    await list.find('a').trigger('keydown', { key: 'Escape' })
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(button.element)

    await button.trigger('click')
    await router.push('/statistics')
    await nextTick()
    expect(button.attributes('aria-expanded')).toBe('false')
    wrapper.unmount()
  })
})
