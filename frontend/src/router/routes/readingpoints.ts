// Reading points (查阅点): the clerk's entry screens, imports, lists, statistics and administration in the
// console, and the public list of reading points on the portal.
import type { RouteRecordRaw } from 'vue-router'

const WRITERS = ['CLERK', 'ADMIN']
const console = (path: string, name: string, view: () => Promise<unknown>, titleKey: string, extra: object = {}) =>
  ({
    path: `/admin/reading-points${path}`,
    name,
    component: view,
    meta: { layout: 'admin', titleKey, requiresAuth: true, ...extra },
  }) as RouteRecordRaw

const routes: RouteRecordRaw[] = [
  {
    path: '/reading-points',
    name: 'portal-reading-points',
    component: () => import('@/views/readingpoints/PortalReadingPointsView.vue'),
    meta: { layout: 'portal', titleKey: 'readingpoints.portal.title', portalNav: { key: 'readingpoints.portal.nav', order: 40 } },
  },
  console('/entry', 'reading-point-entry', () => import('@/views/readingpoints/VisitEntryView.vue'), 'readingpoints.entry.title', {
    roles: WRITERS,
    menu: { key: 'readingpoints.menu.entry', icon: 'Reading', order: 40 },
  }),
  console('/tally', 'reading-point-tally', () => import('@/views/readingpoints/TallyEntryView.vue'), 'readingpoints.tally.title', {
    roles: WRITERS,
  }),
  console('/import', 'reading-point-import', () => import('@/views/readingpoints/TallyImportView.vue'), 'readingpoints.import.title', {
    roles: WRITERS,
  }),
  console('/visits', 'reading-point-visits', () => import('@/views/readingpoints/VisitListView.vue'), 'readingpoints.visits.title'),
  console('/tallies', 'reading-point-tallies', () => import('@/views/readingpoints/TallyListView.vue'), 'readingpoints.tallies.title'),
  console('', 'reading-point-statistics', () => import('@/views/readingpoints/StatisticsView.vue'), 'readingpoints.statistics.title', {
    menu: { key: 'readingpoints.menu.hub', icon: 'Location', order: 41 },
  }),
  console('/points', 'reading-point-admin', () => import('@/views/readingpoints/PointAdminView.vue'), 'readingpoints.points.title'),
  console('/transfers', 'archive-transfers', () => import('@/views/readingpoints/TransferView.vue'), 'readingpoints.transfers.title'),
]

export default routes
