// The annual report (政府信息公开工作年度报告): the console page (statistics, checks, charts, sections, inputs,
// documents, lock / publish / unlock) and the portal's published reports.
import type { RouteRecordRaw } from 'vue-router'

const READERS = ['ADMIN', 'EDITOR', 'REVIEWER']

const routes: RouteRecordRaw[] = [
  {
    path: '/reports',
    name: 'portal-reports',
    component: () => import('@/views/reports/PortalReportsView.vue'),
    meta: { layout: 'portal', titleKey: 'reports.portal.title', portalNav: { key: 'reports.portal.nav', order: 60 } },
  },
  {
    path: '/reports/:id(\\d+)',
    name: 'portal-report',
    component: () => import('@/views/reports/PortalReportView.vue'),
    meta: { layout: 'portal', titleKey: 'reports.portal.title' },
  },
  {
    path: '/admin/reports',
    name: 'console-reports',
    component: () => import('@/views/reports/ReportsConsoleView.vue'),
    meta: {
      layout: 'admin',
      titleKey: 'reports.console.title',
      requiresAuth: true,
      roles: READERS,
      menu: { key: 'reports.menu', icon: 'DataAnalysis', order: 200 },
    },
  },
]

export default routes
