/**
 * The `changes` of an audit row, as lines a person can read. The backend writes `{field: {from, to}}` for an
 * update, `{field: value}` for a created record or a note, and "***" for a secret that changed. Long lists
 * written as "a; b; c" (the days of a holiday notice) are compared item by item.
 */
import type { AuditChange } from '@/api/audit'

export type ChangeRow =
  | { field: string; kind: 'diff'; from: unknown; to: unknown }
  | { field: string; kind: 'list'; added: string[]; removed: string[] }
  | { field: string; kind: 'value'; value: unknown }
  | { field: string; kind: 'redacted' }

export const REDACTED = '***'
const LIST_SEPARATOR = '; '

function isDiff(v: AuditChange): v is { from?: unknown; to?: unknown } {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && ('from' in v || 'to' in v)
}

function asList(v: unknown): string[] | null {
  return typeof v === 'string' && v.includes(LIST_SEPARATOR) ? v.split(LIST_SEPARATOR) : null
}

export function changeRows(changes: Record<string, AuditChange> | null | undefined): ChangeRow[] {
  if (!changes || typeof changes !== 'object') return []
  return Object.entries(changes).map(([field, v]): ChangeRow => {
    if (v === REDACTED) return { field, kind: 'redacted' }
    if (isDiff(v)) {
      const from = asList(v.from)
      const to = asList(v.to)
      if (from || to) {
        const before = from ?? (v.from ? [String(v.from)] : [])
        const after = to ?? (v.to ? [String(v.to)] : [])
        return {
          field,
          kind: 'list',
          added: after.filter((x) => !before.includes(x)),
          removed: before.filter((x) => !after.includes(x)),
        }
      }
      return { field, kind: 'diff', from: v.from ?? null, to: v.to ?? null }
    }
    return { field, kind: 'value', value: v }
  })
}

/** A value for display; `yes`/`no`/`empty` are the words for true, false and nothing in the current language. */
export function displayValue(value: unknown, words: { yes: string; no: string; empty: string }): string {
  if (value === null || value === undefined || value === '') return words.empty
  if (value === true) return words.yes
  if (value === false) return words.no
  if (Array.isArray(value)) return value.map((v) => displayValue(v, words)).join(', ')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}
