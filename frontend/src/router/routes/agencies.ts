import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: '/admin/agencies',
    name: 'agencies',
    component: () => import('@/views/agencies/AgenciesView.vue'),
    meta: {
      layout: 'admin',
      titleKey: 'agencies.title',
      requiresAuth: true,
      roles: ['ADMIN'],
      menu: { key: 'agencies.menu', icon: 'OfficeBuilding', order: 920 },
    },
  },
]

export default routes
