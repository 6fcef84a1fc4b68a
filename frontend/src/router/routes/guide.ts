// "How to apply" (申请指引): the procedure, deadlines, fees and remedies of an application in plain language.
import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: '/how-to-apply',
    name: 'how-to-apply',
    component: () => import('@/views/guide/HowToApplyView.vue'),
    meta: { layout: 'portal', titleKey: 'howto.title', portalNav: { key: 'howto.nav', order: 29 } },
  },
]

export default routes
