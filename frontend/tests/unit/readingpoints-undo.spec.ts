import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { useUndoWindow } from '@/views/readingpoints/useUndoWindow'
import { parseIds } from '@/views/readingpoints/shared'

function withClock() {
  let now = 1_000_000
  let undo!: ReturnType<typeof useUndoWindow<string>>
  mount(
    defineComponent({
      setup() {
        undo = useUndoWindow<string>(60_000, () => now)
        return () => h('div')
      },
    }),
  )
  return { undo, advance: (ms: number) => (now += ms) }
}

describe('useUndoWindow', () => {
  it('gives the last entry back once within the minute', () => {
    const { undo, advance } = withClock()
    expect(undo.canUndo.value).toBe(false)
    undo.remember('visit 1')
    expect(undo.canUndo.value).toBe(true)
    expect(undo.secondsLeft.value).toBe(60)
    advance(59_000)
    expect(undo.take()).toBe('visit 1')
    expect(undo.take()).toBeNull()
    expect(undo.canUndo.value).toBe(false)
  })

  it('refuses once the minute is over', () => {
    const { undo, advance } = withClock()
    undo.remember('visit 2')
    advance(60_001)
    expect(undo.take()).toBeNull()
  })
})

describe('parseIds', () => {
  it('reads ids separated by commas, spaces or Chinese punctuation and refuses anything else', () => {
    expect(parseIds('101, 102 103，104、105')).toEqual([101, 102, 103, 104, 105])
    expect(parseIds('')).toEqual([])
    expect(parseIds('12, x')).toBeNull()
    expect(parseIds('0')).toBeNull()
  })
})
