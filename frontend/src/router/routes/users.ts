import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: '/admin/users',
    name: 'users',
    component: () => import('@/views/users/UsersView.vue'),
    meta: {
      layout: 'admin',
      titleKey: 'users.title',
      requiresAuth: true,
      roles: ['ADMIN'],
      menu: { key: 'users.menu', icon: 'User', order: 910 },
    },
  },
]

export default routes
