import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useCursorList } from '@/composables/useCursorList'
import type { Page } from '@/api/types'

interface Row {
  id: number
}
type Filters = { actor: string; action: string }

/** Pages of 2 over rows 1..5, optionally filtered by actor (rows of actor "b" are the even ids). */
function fakeApi() {
  return vi.fn(async (params: Partial<Filters> & { cursor?: string; size?: number }): Promise<Page<Row>> => {
    let rows = [1, 2, 3, 4, 5]
    if (params.actor === 'b') rows = rows.filter((r) => r % 2 === 0)
    const start = params.cursor ? Number(params.cursor) : 0
    const slice = rows.slice(start, start + (params.size ?? 2))
    const next = start + slice.length < rows.length ? String(start + slice.length) : null
    return { items: slice.map((id) => ({ id })), nextCursor: next, size: params.size ?? 2 }
  })
}

async function setup(initial = '/list') {
  const api = fakeApi()
  let list!: ReturnType<typeof useCursorList<Row, Filters>>
  const View = defineComponent({
    setup() {
      list = useCursorList<Row, Filters>(api, { filters: { actor: '', action: '' }, size: 2 })
      return () => h('div')
    },
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/list', name: 'list', component: View },
      { path: '/other', name: 'other', component: { render: () => h('p') } },
    ],
  })
  await router.push(initial)
  await router.isReady()
  const wrapper = mount({ render: () => h('div', [h(View)]) }, { global: { plugins: [router] } })
  await flushPromises()
  return { api, router, wrapper, list: () => list }
}

const ids = (rows: Row[]) => rows.map((r) => r.id)

describe('useCursorList', () => {
  it('loads the first page, pages forward and back, keeping the position in the URL', async () => {
    const { api, router, list } = await setup()
    expect(ids(list().items.value)).toEqual([1, 2])
    expect([list().hasPrevious.value, list().hasNext.value]).toEqual([false, true])
    expect(api).toHaveBeenLastCalledWith({ size: 2 })

    await list().next()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ cursor: '2' })
    expect(ids(list().items.value)).toEqual([3, 4])

    await list().next()
    await flushPromises()
    expect(ids(list().items.value)).toEqual([5])
    expect(list().hasNext.value).toBe(false)

    await list().previous()
    await flushPromises()
    expect(ids(list().items.value)).toEqual([3, 4])
    await list().previous()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
    expect(ids(list().items.value)).toEqual([1, 2])
  })

  it('applies filters through the URL and starts again at the first page', async () => {
    const { api, router, list } = await setup('/list?cursor=2')
    expect(ids(list().items.value)).toEqual([3, 4])
    list().filters.actor = 'b'
    await list().apply()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ actor: 'b' })
    expect(api).toHaveBeenLastCalledWith({ actor: 'b', size: 2 })
    expect(ids(list().items.value)).toEqual([2, 4])
    expect(list().isFiltered.value).toBe(true)

    await list().reset()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
    expect(list().filters.actor).toBe('')
  })

  it('reads filters from a shared link and follows the back button', async () => {
    const { router, list } = await setup('/list?actor=b&unrelated=1')
    expect(list().applied.value).toEqual({ actor: 'b', action: '' })
    expect(list().filters.actor).toBe('b')
    expect(ids(list().items.value)).toEqual([2, 4])
    await list().reset()
    await flushPromises()
    expect(ids(list().items.value)).toEqual([1, 2])
    router.back()
    await new Promise((r) => setTimeout(r, 10))
    await flushPromises()
    expect(ids(list().items.value)).toEqual([2, 4])
  })

  it('goes to the first page on "previous" from a page opened by link', async () => {
    const { router, list } = await setup('/list?cursor=4')
    expect(ids(list().items.value)).toEqual([5])
    expect(list().hasPrevious.value).toBe(true)
    await list().previous()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
  })

  it('reloads on request with the same query and reports errors and emptiness', async () => {
    const { api, list } = await setup()
    await list().reload()
    expect(api).toHaveBeenCalledTimes(2)
    api.mockRejectedValueOnce(new Error('boom'))
    await list().apply()
    await flushPromises()
    expect((list().error.value as Error).message).toBe('boom')
    expect(list().items.value).toEqual([])
    expect(list().isEmpty.value).toBe(false)
    expect(list().loading.value).toBe(false)
    api.mockResolvedValueOnce({ items: [], nextCursor: null, size: 2 })
    await list().reload()
    expect(list().isEmpty.value).toBe(true)
  })
})
