// Open statistics (数据统计): the portal's public figures of a year, with charts, tables and CSV downloads.
import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: '/statistics',
    name: 'open-statistics',
    component: () => import('@/views/openstats/OpenStatisticsView.vue'),
    meta: { layout: 'portal', titleKey: 'openstats.title', portalNav: { key: 'openstats.nav', order: 60 } },
  },
]

export default routes
