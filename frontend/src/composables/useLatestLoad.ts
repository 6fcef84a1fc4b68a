import { ref, type Ref } from 'vue'

/**
 * Data fetched again whenever a view's inputs change (a year, an agency), where only the latest request may land:
 * an older answer that arrives late never overwrites a newer one, nor its error or loading state.
 */
export function useLatestLoad<T>(fetch: () => Promise<T>) {
  const data = ref(null) as Ref<T | null>
  const loading = ref(false)
  const error = ref<unknown>(null)
  let generation = 0

  async function load(): Promise<void> {
    const mine = ++generation
    loading.value = true
    error.value = null
    try {
      const d = await fetch()
      if (mine === generation) data.value = d
    } catch (e) {
      if (mine === generation) error.value = e
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  return { data, loading, error, load }
}
