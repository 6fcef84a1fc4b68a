import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: '/admin/deadline-calculator',
    name: 'deadline-calculator',
    component: () => import('@/views/calendar/DeadlineCalculatorView.vue'),
    // Every staff member counts deadlines.
    meta: {
      layout: 'admin',
      titleKey: 'calendar.calculator.title',
      requiresAuth: true,
      menu: { key: 'calendar.calculator.menu', icon: 'Timer', order: 800 },
    },
  },
  {
    path: '/admin/calendar',
    name: 'calendar-years',
    component: () => import('@/views/calendar/CalendarYearsView.vue'),
    meta: {
      layout: 'admin',
      titleKey: 'calendar.title',
      requiresAuth: true,
      roles: ['ADMIN'],
      menu: { key: 'calendar.menu', icon: 'Calendar', order: 930 },
    },
  },
  {
    path: '/admin/calendar/:year(\\d{4})',
    name: 'calendar-year',
    component: () => import('@/views/calendar/CalendarYearView.vue'),
    props: (route) => ({ year: Number(route.params.year) }),
    meta: { layout: 'admin', titleKey: 'calendar.year.title', requiresAuth: true, roles: ['ADMIN'] },
  },
]

export default routes
