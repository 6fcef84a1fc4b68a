// Applications for disclosure (依申请公开): the portal's form and tracking page, the console's queue, registration,
// detail and statistics.
import type { RouteRecordRaw } from 'vue-router'

const STAFF = ['CLERK', 'CASEWORKER', 'ADMIN']

const routes: RouteRecordRaw[] = [
  {
    path: '/apply',
    name: 'application-apply',
    component: () => import('@/views/applications/ApplyView.vue'),
    meta: { layout: 'portal', titleKey: 'applications.title.apply', portalNav: { key: 'applications.nav.apply', order: 30 } },
  },
  {
    path: '/track',
    name: 'application-track',
    component: () => import('@/views/applications/TrackView.vue'),
    meta: { layout: 'portal', titleKey: 'applications.title.track', portalNav: { key: 'applications.nav.track', order: 31 } },
  },
  {
    path: '/admin/applications',
    name: 'application-queue',
    component: () => import('@/views/applications/QueueView.vue'),
    meta: {
      layout: 'admin',
      titleKey: 'applications.title.queue',
      requiresAuth: true,
      roles: STAFF,
      menu: { key: 'applications.nav.queue', icon: 'Tickets', order: 30 },
    },
  },
  {
    path: '/admin/applications/new',
    name: 'application-register',
    component: () => import('@/views/applications/RegisterView.vue'),
    meta: { layout: 'admin', titleKey: 'applications.title.register', requiresAuth: true, roles: STAFF },
  },
  {
    path: '/admin/applications/statistics',
    name: 'application-statistics',
    component: () => import('@/views/applications/StatisticsView.vue'),
    meta: {
      layout: 'admin',
      titleKey: 'applications.title.statistics',
      requiresAuth: true,
      roles: STAFF,
      menu: { key: 'applications.nav.statistics', icon: 'TrendCharts', order: 31 },
    },
  },
  {
    path: '/admin/applications/:id(\\d+)',
    name: 'application-detail',
    component: () => import('@/views/applications/DetailView.vue'),
    meta: { layout: 'admin', titleKey: 'applications.title.detail', requiresAuth: true, roles: STAFF },
  },
]

export default routes
