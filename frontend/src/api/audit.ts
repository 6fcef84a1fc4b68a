import { http } from './http'
import type { Page, PageParams, Schemas } from './types'

/** A field's change: `{from, to}` for an update, a bare value for a created record or a note. */
export type AuditChange = { from?: unknown; to?: unknown } | string | number | boolean | null | unknown[]

export type AuditEntry = Omit<Schemas['AuditEntry'], 'changes'> & {
  changes?: Record<string, AuditChange> | null
}

export interface AuditFilters {
  entityType?: string
  entityId?: string
  actor?: string
  action?: string
  /** ISO dates, inclusive */
  from?: string
  to?: string
}

export function listAuditEntries(params: AuditFilters & PageParams = {}): Promise<Page<AuditEntry>> {
  return http.get<Page<AuditEntry>>('/audit-log', { ...params })
}
