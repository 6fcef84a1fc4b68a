import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import type { Page, PageParams } from '@/api/types'

/**
 * A keyset-paged list whose filters and position live in the URL query (`?actor=admin&cursor=…`), so that a
 * view can be bookmarked and shared and the browser's back button works. The view binds `filters` to its filter
 * form and calls `apply()`; the list reloads whenever the query changes.
 *
 * "Previous" goes back to the page that led here; on a page opened from a link it goes to the first page.
 */
export interface CursorListOptions<F extends Record<string, string>> {
  /** Filter names with their defaults ('' = no filter). Only these names are read from the query. */
  filters?: F
  size?: number
  /** Load when mounted/created (default true). */
  immediate?: boolean
}

export function useCursorList<T, F extends Record<string, string> = Record<string, never>>(
  fetchPage: (params: Partial<F> & PageParams) => Promise<Page<T>>,
  options: CursorListOptions<F> = {},
) {
  const route = useRoute()
  const router = useRouter()
  const defaults = (options.filters ?? {}) as F
  const size = options.size ?? 20
  const routeName = route.name

  const items = shallowRef<T[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)
  const nextCursor = ref<string | null>(null)
  const cursor = ref<string | null>(null)
  /** Filters as the form edits them (applied with `apply`). */
  const filters = reactive({ ...defaults }) as F
  /** Filters of the list shown. */
  const applied = ref<F>({ ...defaults })
  /** cursor → the cursor of the page before it (null = first page) */
  const previousOf = new Map<string, string | null>()
  let generation = 0

  function fromQuery(query: LocationQuery): { f: F; c: string | null } {
    const f = { ...defaults } as Record<string, string>
    for (const key of Object.keys(defaults)) {
      const v = query[key]
      if (typeof v === 'string') f[key] = v
    }
    const c = typeof query.cursor === 'string' && query.cursor ? query.cursor : null
    return { f: f as F, c }
  }

  function toQuery(f: Partial<F>, c: string | null): Record<string, string> {
    const q: Record<string, string> = {}
    for (const [key, value] of Object.entries(f)) {
      if (typeof value === 'string' && value !== '' && value !== defaults[key]) q[key] = value
    }
    if (c) q.cursor = c
    return q
  }

  async function load(): Promise<void> {
    const { f, c } = fromQuery(route.query)
    applied.value = f
    Object.assign(filters, f)
    cursor.value = c
    const mine = ++generation
    loading.value = true
    error.value = null
    try {
      const params = { ...nonEmpty(f), size, ...(c ? { cursor: c } : {}) } as Partial<F> & PageParams
      const page = await fetchPage(params)
      if (mine !== generation) return
      items.value = page.items ?? []
      nextCursor.value = page.nextCursor ?? null
    } catch (e) {
      if (mine !== generation) return
      items.value = []
      nextCursor.value = null
      error.value = e
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  function go(f: Partial<F>, c: string | null): Promise<unknown> {
    const query = toQuery(f, c)
    const now = fromQuery(route.query)
    // The same query again: a reload was asked for (e.g. after an edit); otherwise the query watcher loads.
    if (JSON.stringify(query) === JSON.stringify(toQuery(now.f, now.c))) return load()
    return router.push({ query })
  }

  /** Shows the first page for the filters in `filters`. */
  function apply(): Promise<unknown> {
    previousOf.clear()
    return go({ ...filters }, null)
  }

  /** Clears all filters. */
  function reset(): Promise<unknown> {
    Object.assign(filters, defaults)
    return apply()
  }

  function next(): Promise<unknown> {
    if (!nextCursor.value) return Promise.resolve()
    previousOf.set(nextCursor.value, cursor.value)
    return go(applied.value, nextCursor.value)
  }

  function previous(): Promise<unknown> {
    if (!cursor.value) return Promise.resolve()
    return go(applied.value, previousOf.get(cursor.value) ?? null)
  }

  const hasNext = computed(() => nextCursor.value !== null)
  const hasPrevious = computed(() => cursor.value !== null)
  const isEmpty = computed(() => !loading.value && error.value === null && items.value.length === 0)
  const isFiltered = computed(() => Object.keys(toQuery(applied.value, null)).length > 0)

  watch(
    () => route.query,
    () => {
      if (route.name === routeName) void load()
    },
  )
  if (options.immediate !== false) void load()

  return {
    items,
    loading,
    error,
    filters,
    applied,
    hasNext,
    hasPrevious,
    isEmpty,
    isFiltered,
    apply,
    reset,
    next,
    previous,
    reload: load,
  }
}

function nonEmpty<F extends Record<string, string>>(f: F): Partial<F> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== '')) as Partial<F>
}
