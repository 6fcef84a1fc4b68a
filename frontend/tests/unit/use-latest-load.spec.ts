import { describe, expect, it } from 'vitest'
import { useLatestLoad } from '@/composables/useLatestLoad'

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useLatestLoad', () => {
  it('keeps the latest answer when an older request finishes last', async () => {
    const calls = [deferred<string>(), deferred<string>()]
    let n = 0
    const { data, loading, error, load } = useLatestLoad(() => calls[n++].promise)
    const first = load()
    const second = load()
    calls[1].resolve('2025')
    await second
    expect(data.value).toBe('2025')
    expect(loading.value).toBe(false)
    calls[0].reject(new Error('slow and stale'))
    await first
    expect(data.value).toBe('2025')
    expect(error.value).toBeNull()
  })

  it('shows the error of the latest request and clears it on the next', async () => {
    let fail = true
    const { data, error, load } = useLatestLoad(async () => {
      if (fail) throw new Error('400')
      return 42
    })
    await load()
    expect(error.value).toBeInstanceOf(Error)
    fail = false
    await load()
    expect(error.value).toBeNull()
    expect(data.value).toBe(42)
  })
})
