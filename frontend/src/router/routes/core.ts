// The foundation's own routes. A feature adds `src/router/routes/<feature>.ts` exporting its routes the same
// way; every view is lazy-loaded so that each route is its own chunk.
import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'portal-home',
    component: () => import('@/views/portal/HomeView.vue'),
    meta: { layout: 'portal', titleKey: 'portal.home.title', portalNav: { key: 'portal.nav.home', order: 0 } },
  },
  {
    path: '/admin/login',
    name: 'login',
    component: () => import('@/views/auth/LoginView.vue'),
    meta: { layout: 'bare', titleKey: 'auth.login.title' },
  },
  {
    path: '/admin',
    name: 'admin-home',
    component: () => import('@/views/dashboard/DashboardView.vue'),
    meta: {
      layout: 'admin',
      titleKey: 'admin.home.title',
      requiresAuth: true,
      menu: { key: 'admin.menu.home', icon: 'HomeFilled', order: 0 },
    },
  },
  {
    path: '/admin/account',
    name: 'my-account',
    component: () => import('@/views/admin/MyAccountView.vue'),
    meta: { layout: 'admin', titleKey: 'admin.account.title', requiresAuth: true },
  },
  {
    path: '/admin/forbidden',
    name: 'forbidden',
    component: () => import('@/views/errors/ForbiddenView.vue'),
    meta: { layout: 'admin', titleKey: 'common.forbidden.title', requiresAuth: true },
  },
]

export default routes
