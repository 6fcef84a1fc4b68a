import { describe, expect, it } from 'vitest'
import { bilingual, statusTagType, urgencyTagType } from './labels'

describe('application labels', () => {
  it('colours urgency so that overdue stands out', () => {
    expect(urgencyTagType('OVERDUE')).toBe('danger')
    expect(urgencyTagType('DUE_SOON')).toBe('warning')
    expect(urgencyTagType('ON_TRACK')).toBe('success')
    expect(urgencyTagType('PAUSED')).toBe('primary')
  })

  it('colours statuses by stage', () => {
    expect(statusTagType('RECEIVED')).toBe('primary')
    expect(statusTagType('IN_CONSULTATION')).toBe('warning')
    expect(statusTagType('DELIVERED')).toBe('success')
    expect(statusTagType('WITHDRAWN')).toBe('info')
  })

  it('picks the language of a server explanation', () => {
    const text = { zh: '答复期限：2024-10-30', en: 'Due 2024-10-30' }
    expect(bilingual(text, 'zh-CN')).toBe('答复期限：2024-10-30')
    expect(bilingual(text, 'en')).toBe('Due 2024-10-30')
    expect(bilingual(undefined, 'en')).toBe('')
  })
})
