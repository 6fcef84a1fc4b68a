/**
 * The router. Route modules are collected from `./routes/*.ts` (each default-exports `RouteRecordRaw[]`), so a
 * feature adds a file and touches nothing else. See `./meta.ts` for what `meta` carries (layout, title, roles,
 * menu and portal navigation entries).
 */
import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { i18n } from '@/i18n'
import './meta'

const modules = import.meta.glob<RouteRecordRaw[]>('./routes/*.ts', { eager: true, import: 'default' })

export const routes: RouteRecordRaw[] = [
  ...Object.keys(modules)
    .sort()
    .flatMap((path) => modules[path]),
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/errors/NotFoundView.vue'),
    meta: { titleKey: 'common.notFound.title' },
  },
]

/** Installs the sign-in and role checks and the page title on a router. */
export function installGuards(router: Router): void {
  router.beforeEach((to) => {
    const auth = useAuthStore()
    const needsAuth = to.matched.some((r) => r.meta.requiresAuth)
    if (needsAuth && !auth.validToken()) {
      return { name: 'login', query: { redirect: to.fullPath } }
    }
    const roles = to.matched.flatMap((r) => r.meta.roles ?? [])
    if (roles.length > 0 && !auth.hasRole(...roles)) {
      return { name: 'forbidden', query: { from: to.fullPath } }
    }
    return true
  })
  router.afterEach((to, from, failure) => {
    updateTitle(to.meta.titleKey)
    if (!failure && from.matched.length > 0 && to.path !== from.path) focusMain()
  })
}

/**
 * After moving to another page, focus goes to the main content (as after a real page load), so that keyboard and
 * screen-reader users start on the new page instead of on the link they left (WCAG 2.4.3). Not on the first load.
 */
function focusMain(): void {
  if (typeof document === 'undefined') return
  setTimeout(() => {
    const main = document.getElementById('main')
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true })
  }, 0)
}

/** `<page> - 政府信息公开` in the current language. */
export function updateTitle(titleKey: string | undefined): void {
  const t = i18n.global.t
  const site = t('common.siteTitle')
  document.title = titleKey ? `${t(titleKey)} - ${site}` : site
}

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (to, _from, saved) => saved ?? (to.hash ? { el: to.hash } : { top: 0 }),
  })
  installGuards(router)
  return router
}

export const router = createAppRouter()
