import type { RouteRecordNormalized, Router } from 'vue-router'

export interface NavEntry {
  name: string
  path: string
  key: string
  icon?: string
  order: number
}

/** Console menu entries the given roles may see, in `order`. */
export function consoleMenu(router: Router, hasRole: (...roles: string[]) => boolean): NavEntry[] {
  return router
    .getRoutes()
    .filter((r) => r.meta.menu)
    .filter((r) => {
      const roles = r.meta.menu!.roles ?? r.meta.roles ?? []
      return roles.length === 0 || hasRole(...roles)
    })
    .map((r) => entry(r, r.meta.menu!.key, r.meta.menu!.order, r.meta.menu!.icon))
    .sort(byOrder)
}

/** Portal navigation entries in `order`. */
export function portalNav(router: Router): NavEntry[] {
  return router
    .getRoutes()
    .filter((r) => r.meta.portalNav)
    .map((r) => entry(r, r.meta.portalNav!.key, r.meta.portalNav!.order))
    .sort(byOrder)
}

function entry(r: RouteRecordNormalized, key: string, order: number, icon?: string): NavEntry {
  return { name: String(r.name ?? r.path), path: r.path, key, order, icon }
}

function byOrder(a: NavEntry, b: NavEntry): number {
  return a.order - b.order || a.path.localeCompare(b.path)
}
