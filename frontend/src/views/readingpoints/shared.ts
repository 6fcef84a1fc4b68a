/** Small helpers shared by the reading-point and activity views. */
import { toIsoDate } from '@/utils/format'
import type { Text } from './types'

/** Today as the browser sees it (the clerk's day), `YYYY-MM-DD`. */
export function todayIso(): string {
  return toIsoDate(new Date())
}

/** Element Plus date pickers: days after today cannot be chosen (the server refuses them too). */
export function isFuture(date: Date): boolean {
  const today = new Date()
  today.setHours(23, 59, 59, 999)
  return date.getTime() > today.getTime()
}

/** A bilingual server text (`{zh, en}`) in the current language. */
export function textIn(text: Text | null | undefined, locale: string): string {
  if (!text) return ''
  return (locale === 'en' ? text.en : text.zh) ?? text.zh ?? ''
}

/** The last ten years, newest first, for year filters. */
export function recentYears(count = 10): number[] {
  const year = new Date().getFullYear()
  return Array.from({ length: count }, (_, i) => year - i)
}

const LAST_POINT_KEY = 'gongkai.readingpoints.lastPoint'

/** The reading point the clerk last logged for (remembered per browser). */
export function rememberedPoint(): number | null {
  try {
    const v = Number(localStorage.getItem(LAST_POINT_KEY))
    return Number.isFinite(v) && v > 0 ? v : null
  } catch {
    return null
  }
}

export function rememberPoint(id: number): void {
  try {
    localStorage.setItem(LAST_POINT_KEY, String(id))
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

/** `'12, 15 16'` → `[12, 15, 16]`; null when something is not a positive whole number. */
export function parseIds(text: string): number[] | null {
  const parts = text.split(/[\s,，、;；]+/).filter((p) => p !== '')
  const ids = parts.map(Number)
  return ids.every((n) => Number.isInteger(n) && n > 0) ? ids : null
}
