import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: '/admin/audit-log',
    name: 'audit-log',
    component: () => import('@/views/audit/AuditLogView.vue'),
    meta: {
      layout: 'admin',
      titleKey: 'audit.title',
      requiresAuth: true,
      roles: ['ADMIN'],
      menu: { key: 'audit.menu', icon: 'Memo', order: 940 },
    },
  },
]

export default routes
