import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, nextTick } from 'vue'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { installGuards, routes } from '@/router'
import { installSessionWatch } from '@/router/session'
import { useAuthStore } from '@/stores/auth'
import { consoleMenu } from '@/layouts/navigation'

const Stub = defineComponent({ template: '<div />' })

function testRouter() {
  const extra: RouteRecordRaw[] = [
    {
      path: '/admin/x-admin-only',
      component: Stub,
      meta: { requiresAuth: true, roles: ['ADMIN'], menu: { key: 'x.adminOnly', order: 90 } },
    },
    {
      path: '/admin/visits',
      component: Stub,
      meta: { requiresAuth: true, menu: { key: 'x.visits', order: 40, roles: ['CLERK'] } },
    },
  ]
  // The real route table, with the lazy views replaced by a stub (the guards are what is tested here).
  const real = routes.map((r) => ({ ...r, component: Stub }) as RouteRecordRaw)
  const router = createRouter({ history: createMemoryHistory(), routes: [...extra, ...real] })
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

describe('router', () => {
  beforeEach(() => {
    sessionStorage.clear()
    setActivePinia(createPinia())
  })

  it('sends a visitor of a staff page to the sign-in page with a way back', async () => {
    const router = testRouter()
    await router.push('/admin/users?cursor=abc')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/admin/users?cursor=abc')
  })

  it('shows "no permission" for a wrong role and lets the right role in', async () => {
    const router = testRouter()
    signIn(['EDITOR'])
    await router.push('/admin/users')
    expect(router.currentRoute.value.name).toBe('forbidden')
    expect(router.currentRoute.value.query.from).toBe('/admin/users')
    signIn(['ADMIN'])
    await router.push('/admin/users')
    expect(router.currentRoute.value.path).toBe('/admin/users')
  })

  it('lets anyone see the portal and answers unknown addresses with the not-found page', async () => {
    const router = testRouter()
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('portal-home')
    await router.push('/no/such/page')
    expect(router.currentRoute.value.name).toBe('not-found')
  })

  it('builds the console menu from route meta, filtered by role and ordered', () => {
    const router = testRouter()
    // Only the entries this test defines (features add their own menu entries to the real route table).
    const own = [
      'admin.menu.home',
      'x.adminOnly',
      'x.visits',
      'calendar.calculator.menu',
      'users.menu',
      'agencies.menu',
      'calendar.menu',
      'audit.menu',
    ]
    const keys = (roles: string[]) =>
      consoleMenu(router, (...wanted) => wanted.some((r) => roles.includes(r)))
        .map((m) => m.key)
        .filter((k) => own.includes(k))
    expect(keys(['ADMIN'])).toEqual([
      'admin.menu.home',
      'x.adminOnly',
      'calendar.calculator.menu',
      'users.menu',
      'agencies.menu',
      'calendar.menu',
      'audit.menu',
    ])
    expect(keys(['CLERK'])).toEqual(['admin.menu.home', 'x.visits', 'calendar.calculator.menu'])
  })

  it('returns to the sign-in page when the session expires on a staff page', async () => {
    const router = testRouter()
    installSessionWatch(router)
    signIn(['ADMIN'])
    await router.push('/admin/users?actor=x')
    useAuthStore().logout('expired')
    await nextTick()
    await new Promise((r) => setTimeout(r))
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query).toEqual({ redirect: '/admin/users?actor=x', expired: '1' })
  })

  it('stays on a portal page when the session ends', async () => {
    const router = testRouter()
    installSessionWatch(router)
    signIn(['ADMIN'])
    await router.push('/')
    useAuthStore().logout('expired')
    await nextTick()
    expect(router.currentRoute.value.name).toBe('portal-home')
  })
})
