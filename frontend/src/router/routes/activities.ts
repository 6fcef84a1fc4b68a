// Other disclosure work: press conferences, trainings, website visits, guide and catalogue versions, internal
// rules in the console; the current disclosure guide on the portal.
import type { RouteRecordRaw } from 'vue-router'

const page = (
  path: string,
  name: string,
  view: () => Promise<unknown>,
  titleKey: string,
  extra: object = {},
  props?: Record<string, string>,
) =>
  ({
    path: `/admin/activities${path}`,
    name,
    component: view,
    props,
    meta: { layout: 'admin', titleKey, requiresAuth: true, ...extra },
  }) as RouteRecordRaw

const documents = () => import('@/views/activities/DisclosureDocumentsView.vue')

const routes: RouteRecordRaw[] = [
  {
    path: '/guide',
    name: 'portal-guide',
    component: () => import('@/views/activities/PortalGuideView.vue'),
    meta: { layout: 'portal', titleKey: 'activities.guide.title', portalNav: { key: 'activities.guide.nav', order: 50 } },
  },
  page('', 'press-conferences', () => import('@/views/activities/PressConferencesView.vue'), 'activities.press.title', {
    menu: { key: 'activities.menu', icon: 'Memo', order: 60 },
  }),
  page('/trainings', 'trainings', () => import('@/views/activities/TrainingsView.vue'), 'activities.trainings.title'),
  page('/website', 'website-statistics', () => import('@/views/activities/WebsiteStatisticsView.vue'), 'activities.website.title'),
  page('/guides', 'disclosure-guides', documents, 'activities.guides.title', {}, { kind: 'guides' }),
  page('/catalogues', 'disclosure-catalogues', documents, 'activities.catalogues.title', {}, { kind: 'catalogues' }),
  page('/rules', 'internal-rules', () => import('@/views/activities/InternalRulesView.vue'), 'activities.rules.title'),
]

export default routes
