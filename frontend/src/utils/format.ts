/**
 * Dates and numbers for display, in the current language. The API sends ISO dates (`2024-10-01`, a calendar
 * day with no time zone) and instants (`2024-10-01T02:03:04Z`); calendar days are never shifted by a time zone.
 */
import { currentLocale } from '@/i18n'

/** `2024-10-01` → a local Date at midnight of that day (not UTC midnight). */
export function parseIsoDate(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
  return new Date(y, m - 1, d)
}

/** A Date → `2024-10-01` in local time. */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function locale(): string {
  return currentLocale()
}

/** 2024年10月1日 / Oct 1, 2024 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'long', day: 'numeric' }).format(
    parseIsoDate(iso),
  )
}

/** 2024年10月1日星期二 / Tue, Oct 1, 2024 */
export function formatDateWithWeekday(iso: string | null | undefined): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat(locale(), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(parseIsoDate(iso))
}

/** An instant in the viewer's time zone: 2024/10/01 10:03 */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return ''
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return instant
  return new Intl.DateTimeFormat(locale(), {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date)
}

export function formatNumber(value: number | null | undefined, fractionDigits?: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return ''
  return new Intl.NumberFormat(locale(), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits ?? 3,
  }).format(value)
}

/** Money in yuan: ¥1,234.50 */
export function formatYuan(value: number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'CNY' }).format(value)
}

/** The localised name of a month: 2024年10月 / October 2024 */
export function formatMonth(year: number, month: number): string {
  return new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'long' }).format(new Date(year, month - 1, 1))
}
