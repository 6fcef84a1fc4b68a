import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { installGuards, routes } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { consoleMenu, portalNav } from '@/layouts/navigation'

const Stub = defineComponent({ template: '<div />' })

function testRouter() {
  const real = routes.map((r) => ({ ...r, component: Stub }) as RouteRecordRaw)
  const router = createRouter({ history: createMemoryHistory(), routes: real })
  installGuards(router)
  return router
}

function signIn(roles: string[]) {
  useAuthStore().$patch({
    token: 't',
    expiresAt: Date.now() + 60_000,
    account: { id: 1, username: 'u', displayName: 'U', roles, districtWide: true, enabled: true, demo: false, version: 0 },
  })
}

describe('item routes', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    sessionStorage.clear()
  })

  it('put the catalogue and the search in the portal navigation', () => {
    const keys = portalNav(testRouter()).map((n) => n.key)
    expect(keys).toContain('items.nav.catalogue')
    expect(keys).toContain('items.nav.search')
  })

  it('show each role its item work in the console menu', () => {
    const router = testRouter()
    const menu = (roles: string[]) =>
      consoleMenu(router, (...wanted) => wanted.some((r) => roles.includes(r)))
        .map((m) => m.key)
        .filter((k) => k.startsWith('items.'))
    expect(menu(['EDITOR'])).toEqual(['items.menu.items', 'items.menu.import'])
    expect(menu(['REVIEWER'])).toEqual(['items.menu.items', 'items.menu.review'])
    expect(menu(['ADMIN'])).toEqual(['items.menu.items', 'items.menu.import', 'items.menu.categories'])
    expect(menu(['CLERK'])).toEqual([])
  })

  it('let anyone read an item page but keep the editor form to editors', async () => {
    const router = testRouter()
    await router.push('/items/12')
    expect(router.currentRoute.value.name).toBe('item-page')
    await router.push('/admin/items/new')
    expect(router.currentRoute.value.name).toBe('login')
    signIn(['REVIEWER'])
    await router.push('/admin/items/new')
    expect(router.currentRoute.value.name).toBe('forbidden')
    signIn(['EDITOR'])
    await router.push('/admin/items/new')
    expect(router.currentRoute.value.name).toBe('console-item-new')
    await router.push('/admin/items/12/edit')
    expect(router.currentRoute.value.name).toBe('console-item-edit')
  })
})
