import { download, http, upload, type Download } from './http'
import type { Page, PageParams, Schemas } from './types'

export type ReadingPoint = Schemas['ReadingPoint']
export type ReadingPointRequest = Schemas['ReadingPointRequest']
export type ReadingPointKind = Schemas['ReadingPointKind']
export type ReadingPointKindInfo = Schemas['ReadingPointKindInfo']
export type Visit = Schemas['Visit']
export type VisitRequest = Schemas['VisitRequest']
export type Tally = Schemas['Tally']
export type TallyRequest = Schemas['TallyRequest']
export type ReadingPointDay = Schemas['ReadingPointDay']
export type ReadingPointStatistics = Schemas['ReadingPointStatistics']
export type StatisticsRow = Schemas['ReadingPointStatisticsRow']
export type TallyImportReport = Schemas['TallyImportReport']
export type TallyImportRecord = Schemas['TallyImport']
export type RejectedRow = Schemas['TallyImportRejectedRow']
export type ArchiveTransfer = Schemas['ArchiveTransfer']
export type ArchiveTransferRequest = Schemas['ArchiveTransferRequest']

export const READING_POINT_KINDS: readonly ReadingPointKind[] = [
  'SERVICE_CENTRE',
  'ARCHIVES',
  'LIBRARY',
  'READING_ROOM',
  'COLLECTION_POINT',
  'NOTICE_BOARD',
  'ELECTRONIC_SCREEN',
]

export interface PointFilters extends PageParams {
  agencyId?: number | string
  kind?: string
  /** ACTIVE (open today, the default), INACTIVE or ALL */
  status?: string
}

/** Public: reading points, by default those open today. */
export function listReadingPoints(params: PointFilters = {}): Promise<Page<ReadingPoint>> {
  return http.get<Page<ReadingPoint>>('/reading-points', { ...params })
}

/** Every point of the filters, page after page (there are tens, not thousands). */
export async function allReadingPoints(params: Omit<PointFilters, 'cursor' | 'size'> = {}): Promise<ReadingPoint[]> {
  const all: ReadingPoint[] = []
  let cursor: string | undefined
  do {
    const page = await listReadingPoints({ ...params, size: 100, cursor })
    all.push(...(page.items ?? []))
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return all
}

export function getReadingPoint(id: number): Promise<ReadingPoint> {
  return http.get<ReadingPoint>(`/reading-points/${id}`)
}

export function listReadingPointKinds(): Promise<ReadingPointKindInfo[]> {
  return http.get<ReadingPointKindInfo[]>('/reading-points/kinds')
}

export function createReadingPoint(body: ReadingPointRequest): Promise<ReadingPoint> {
  return http.post<ReadingPoint>('/reading-points', body)
}

export function updateReadingPoint(id: number, body: ReadingPointRequest): Promise<ReadingPoint> {
  return http.put<ReadingPoint>(`/reading-points/${id}`, body)
}

export function deleteReadingPoint(id: number, version: number): Promise<void> {
  return http.delete(`/reading-points/${id}`, { version })
}

// ----- visits and tallies ----------------------------------------------------------------------------------

export interface LogFilters extends PageParams {
  pointId?: number | string
  agencyId?: number | string
  from?: string
  to?: string
}

export function listVisits(params: LogFilters = {}): Promise<Page<Visit>> {
  return http.get<Page<Visit>>('/reading-points/visits', { ...params })
}

export function createVisit(pointId: number, body: VisitRequest): Promise<Visit> {
  return http.post<Visit>(`/reading-points/${pointId}/visits`, body)
}

export function updateVisit(pointId: number, visitId: number, body: VisitRequest): Promise<Visit> {
  return http.put<Visit>(`/reading-points/${pointId}/visits/${visitId}`, body)
}

/** Also the entry screen's undo. */
export function deleteVisit(pointId: number, visitId: number, version: number): Promise<void> {
  return http.delete(`/reading-points/${pointId}/visits/${visitId}`, { version })
}

export function listTallies(params: LogFilters = {}): Promise<Page<Tally>> {
  return http.get<Page<Tally>>('/reading-points/tallies', { ...params })
}

/** Creates the day's tally (no `version`) or changes it (`version` read); 409 TALLY_EXISTS without it. */
export function putTally(pointId: number, date: string, body: TallyRequest): Promise<Tally> {
  return http.put<Tally>(`/reading-points/${pointId}/tallies/${date}`, body)
}

export function deleteTally(pointId: number, date: string, version: number): Promise<void> {
  return http.delete(`/reading-points/${pointId}/tallies/${date}`, { version })
}

/** The day so far at one point: single visits, the tally, the total. */
export function getDay(pointId: number, date: string): Promise<ReadingPointDay> {
  return http.get<ReadingPointDay>(`/reading-points/${pointId}/days/${date}`)
}

// ----- statistics -------------------------------------------------------------------------------------------

export type GroupBy = 'point' | 'kind' | 'month' | 'point-month' | 'kind-month'

export interface StatisticsQuery {
  year: number
  agencyId?: number
  includeSubagencies?: boolean
  groupBy: GroupBy
}

export function getStatistics(query: StatisticsQuery): Promise<ReadingPointStatistics> {
  return http.get<ReadingPointStatistics>('/reading-points/statistics', { ...query })
}

// ----- tally import -----------------------------------------------------------------------------------------

export type ImportMode = 'all-or-nothing' | 'valid-rows'
export type OnExisting = 'reject' | 'replace'

export interface ImportOptions {
  mode: ImportMode
  onExisting: OnExisting
  dryRun: boolean
  onProgress?: (percent: number) => void
}

/**
 * Uploads a CSV/XLSX file of daily tallies. Resolves to the report when something was written (or on a dry
 * run); a file with rejected rows that wrote nothing rejects with an ApiError whose body carries the report
 * (see {@link reportOf}).
 */
export function importTallies(file: File, options: ImportOptions): Promise<TallyImportReport> {
  const form = new FormData()
  form.append('file', file, file.name)
  return upload<TallyImportReport>('/reading-points/tally-imports', form, {
    query: { mode: options.mode, onExisting: options.onExisting, dryRun: options.dryRun },
    onProgress: options.onProgress,
  })
}

/** The report inside a 422 IMPORT_REJECTED problem, if the error is one. */
export function reportOf(error: unknown): TallyImportReport | null {
  const body = (error as { body?: { code?: string; report?: TallyImportReport } } | null)?.body
  return body?.code === 'IMPORT_REJECTED' && body.report ? body.report : null
}

export function listTallyImports(params: PageParams = {}): Promise<Page<TallyImportRecord>> {
  return http.get<Page<TallyImportRecord>>('/reading-points/tally-imports', { ...params })
}

export function getTallyImport(id: number): Promise<TallyImportRecord> {
  return http.get<TallyImportRecord>(`/reading-points/tally-imports/${id}`)
}

export function downloadTallyTemplate(format: 'csv' | 'xlsx'): Promise<Download> {
  return download('/reading-points/tally-imports/template', { format })
}

// ----- archive transfers ------------------------------------------------------------------------------------

export interface TransferFilters extends PageParams {
  agencyId?: number | string
  year?: number | string
  receivingPointId?: number | string
}

export function listArchiveTransfers(params: TransferFilters = {}): Promise<Page<ArchiveTransfer>> {
  return http.get<Page<ArchiveTransfer>>('/archive-transfers', { ...params })
}

export function createArchiveTransfer(body: ArchiveTransferRequest): Promise<ArchiveTransfer> {
  return http.post<ArchiveTransfer>('/archive-transfers', body)
}

export function updateArchiveTransfer(id: number, body: ArchiveTransferRequest): Promise<ArchiveTransfer> {
  return http.put<ArchiveTransfer>(`/archive-transfers/${id}`, body)
}

export function deleteArchiveTransfer(id: number, version: number): Promise<void> {
  return http.delete(`/archive-transfers/${id}`, { version })
}
