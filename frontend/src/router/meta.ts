import 'vue-router'

export type LayoutName = 'portal' | 'admin' | 'bare'

/** A console side-menu entry. `key` is an i18n key; `icon` the name of an @element-plus/icons-vue icon. */
export interface MenuMeta {
  key: string
  icon?: string
  order: number
  /** Shown only to these roles (any of them); defaults to the route's `roles`. */
  roles?: string[]
}

/** A portal navigation entry; `key` is an i18n key. */
export interface PortalNavMeta {
  key: string
  order: number
}

declare module 'vue-router' {
  interface RouteMeta {
    /** Which frame the view sits in; default: `admin` under /admin, else `portal`. */
    layout?: LayoutName
    /** i18n key of the page title (document.title). */
    titleKey?: string
    /** Staff only: not signed in → /admin/login?redirect=… */
    requiresAuth?: boolean
    /** Any of these roles; others see the "no permission" page. */
    roles?: string[]
    menu?: MenuMeta
    portalNav?: PortalNavMeta
  }
}
