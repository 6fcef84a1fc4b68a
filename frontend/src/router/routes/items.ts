// The disclosure catalogue: the portal's catalogue, search and item pages, and the console's item work.
import type { RouteRecordRaw } from 'vue-router'

const STAFF = ['EDITOR', 'REVIEWER', 'ADMIN']

const routes: RouteRecordRaw[] = [
  {
    path: '/catalogue',
    name: 'catalogue',
    component: () => import('@/views/items/CatalogueView.vue'),
    meta: { layout: 'portal', titleKey: 'items.catalogue.title', portalNav: { key: 'items.nav.catalogue', order: 10 } },
  },
  {
    path: '/search',
    name: 'item-search',
    component: () => import('@/views/items/SearchView.vue'),
    meta: { layout: 'portal', titleKey: 'items.search.title', portalNav: { key: 'items.nav.search', order: 20 } },
  },
  {
    path: '/items/:id(\\d+)',
    name: 'item-page',
    component: () => import('@/views/items/ItemPageView.vue'),
    meta: { layout: 'portal', titleKey: 'items.catalogue.title' },
  },
  {
    path: '/admin/items',
    name: 'console-items',
    component: () => import('@/views/items/ItemsConsoleView.vue'),
    props: { review: false },
    meta: {
      layout: 'admin',
      titleKey: 'items.console.title',
      requiresAuth: true,
      roles: STAFF,
      menu: { key: 'items.menu.items', icon: 'Document', order: 100 },
    },
  },
  {
    path: '/admin/review',
    name: 'console-review',
    component: () => import('@/views/items/ItemsConsoleView.vue'),
    props: { review: true },
    meta: {
      layout: 'admin',
      titleKey: 'items.console.reviewTitle',
      requiresAuth: true,
      roles: ['REVIEWER'],
      menu: { key: 'items.menu.review', icon: 'DocumentChecked', order: 110 },
    },
  },
  {
    path: '/admin/items/new',
    name: 'console-item-new',
    component: () => import('@/views/items/ItemFormView.vue'),
    meta: { layout: 'admin', titleKey: 'items.form.createTitle', requiresAuth: true, roles: ['EDITOR'] },
  },
  {
    path: '/admin/items/import',
    name: 'console-item-import',
    component: () => import('@/views/items/ImportView.vue'),
    meta: {
      layout: 'admin',
      titleKey: 'items.import.title',
      requiresAuth: true,
      roles: ['EDITOR', 'ADMIN'],
      menu: { key: 'items.menu.import', icon: 'Files', order: 120 },
    },
  },
  {
    path: '/admin/items/:id(\\d+)',
    name: 'console-item',
    component: () => import('@/views/items/ItemDetailView.vue'),
    meta: { layout: 'admin', titleKey: 'items.console.title', requiresAuth: true, roles: STAFF },
  },
  {
    path: '/admin/items/:id(\\d+)/edit',
    name: 'console-item-edit',
    component: () => import('@/views/items/ItemFormView.vue'),
    meta: { layout: 'admin', titleKey: 'items.form.editTitle', requiresAuth: true, roles: ['EDITOR'] },
  },
  {
    path: '/admin/categories',
    name: 'console-categories',
    component: () => import('@/views/items/CategoriesView.vue'),
    meta: {
      layout: 'admin',
      titleKey: 'items.categories.title',
      requiresAuth: true,
      roles: ['ADMIN'],
      menu: { key: 'items.menu.categories', icon: 'Collection', order: 930 },
    },
  },
]

export default routes
