import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router'

/**
 * Simple view state (a year, an agency) kept in the address, so a statistics or dashboard view can be bookmarked
 * and shared like the lists of `useCursorList`. Read the initial values with `number`, write the applied ones with
 * `write` (replaces the history entry; empty values leave the address).
 */
export function useQueryState() {
  const route = useRoute()
  const router = useRouter()

  /** A positive whole number from the query, else undefined. */
  function number(name: string): number | undefined {
    const raw = route.query[name]
    const v = typeof raw === 'string' ? Number(raw) : NaN
    return Number.isInteger(v) && v > 0 ? v : undefined
  }

  function flag(name: string): boolean | undefined {
    const raw = route.query[name]
    return raw === 'true' ? true : raw === 'false' ? false : undefined
  }

  function write(values: Record<string, string | number | boolean | null | undefined>): Promise<unknown> {
    const query: LocationQueryRaw = { ...route.query }
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined || value === null || value === '') delete query[key]
      else query[key] = String(value)
    }
    return router.replace({ query })
  }

  return { number, flag, write }
}
