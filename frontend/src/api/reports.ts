// The annual report (政府信息公开工作年度报告): the year's statistics, the report's life cycle, its sections,
// inputs and documents (staff), and the published reports (public).
import { download, http, type Download } from './http'
import type { Page, PageParams, Schemas } from './types'

export type ReportFormat = Schemas['ReportFormat']
export type ReportStatistics = Schemas['ReportStatistics']
export type ReportDocument = Schemas['ReportDocument']
export type ReportTable = Schemas['Table']
export type ReportCell = Schemas['Cell']
export type ReportCheck = Schemas['Check']
export type CheckStatus = Schemas['Status']
export type ComparisonRow = Schemas['Row']
export type AnnualReport = Schemas['AnnualReport']
export type ReportStatusView = Schemas['ReportStatus1']
export type ReportEvent = Schemas['ReportEvent']
export type ReportDeadline = Schemas['ReportDeadline1']
export type ReportSection = Schemas['ReportSection']
export type ReportInputs = Schemas['ReportInputs']
export type FigureInput = Schemas['ReportFigureInput']
export type NarrativeInput = Schemas['ReportNarrativeInput']
export type PublishedReportSummary = Schemas['PublishedReportSummary']
export type PublishedReport = Schemas['PublishedReport']

export const REPORT_FORMATS: readonly ReportFormat[] = ['LEGACY', 'NATIONAL_2019', 'NATIONAL_2021']
export type DocumentKind = 'docx' | 'xlsx' | 'json'

/** Which agency's report, and how it is counted; `agencyId` absent: the caller's own agency. */
export interface ReportScope {
  agencyId?: number
  includeSubagencies?: boolean
  format?: ReportFormat
}

/** The year's figures computed from the records now, with checks, deadline and the whole document. */
export function getReportStatistics(year: number, scope: ReportScope = {}): Promise<ReportStatistics> {
  return http.get<ReportStatistics>(`/reports/${year}`, { ...scope })
}

/** Where the year's report stands (NOT_STARTED included), with its history. */
export function getReportStatus(year: number, agencyId?: number): Promise<ReportStatusView> {
  return http.get<ReportStatusView>(`/reports/${year}/status`, { agencyId })
}

/** The started report (404 when not started). */
export function getReport(year: number, agencyId?: number): Promise<AnnualReport> {
  return http.get<AnnualReport>(`/reports/${year}/report`, { agencyId })
}

export function startReport(
  year: number,
  agencyId: number | undefined,
  body: { includeSubagencies?: boolean; format?: ReportFormat },
): Promise<AnnualReport> {
  return http.post<AnnualReport>(`/reports/${year}/draft`, body, { agencyId })
}

export function changeReportSettings(
  year: number,
  agencyId: number | undefined,
  body: { includeSubagencies: boolean; format?: ReportFormat; version?: number },
): Promise<AnnualReport> {
  return http.put<AnnualReport>(`/reports/${year}/settings`, body, { agencyId })
}

export function regenerateReport(year: number, agencyId?: number): Promise<ReportSection[]> {
  return http.post<ReportSection[]>(`/reports/${year}/regeneration`, undefined, { agencyId })
}

export function editSection(year: number, agencyId: number | undefined, key: string, text: string, version?: number): Promise<ReportSection> {
  return http.put<ReportSection>(`/reports/${year}/sections/${key}`, { text, version }, { agencyId })
}

/** An edited section whose data changed: keep the edit, or take the new draft. */
export function resolveSection(
  year: number,
  agencyId: number | undefined,
  key: string,
  choice: 'KEEP_EDIT' | 'TAKE_DRAFT',
  version?: number,
): Promise<ReportSection> {
  return http.post<ReportSection>(`/reports/${year}/sections/${key}/resolution`, { choice, version }, { agencyId })
}

/** `overrideReason`: an administrator locking although checks fail. */
export function lockReport(year: number, agencyId: number | undefined, version: number | undefined, overrideReason?: string): Promise<ReportStatusView> {
  return http.post<ReportStatusView>(`/reports/${year}/locking`, { version, overrideReason: overrideReason || undefined }, { agencyId })
}

export function unlockReport(year: number, agencyId: number | undefined, version: number | undefined, reason: string): Promise<ReportStatusView> {
  return http.post<ReportStatusView>(`/reports/${year}/unlocking`, { version, reason }, { agencyId })
}

export function publishReport(year: number, agencyId: number | undefined, version: number | undefined): Promise<ReportStatusView> {
  return http.post<ReportStatusView>(`/reports/${year}/publication`, { version }, { agencyId })
}

export function getReportInputs(year: number, agencyId?: number): Promise<ReportInputs> {
  return http.get<ReportInputs>(`/reports/${year}/inputs`, { agencyId })
}

/** Replaces the whole set: a figure or narrative left out is cleared. */
export function putReportInputs(
  year: number,
  agencyId: number | undefined,
  body: { figures: Record<string, number>; narratives: Record<string, string>; version?: number },
): Promise<ReportInputs> {
  return http.put<ReportInputs>(`/reports/${year}/inputs`, body, { agencyId })
}

/** DOCX, XLSX or JSON of the started report, with download progress. */
export function downloadReportDocument(
  year: number,
  agencyId: number | undefined,
  kind: DocumentKind,
  onProgress?: (percent: number) => void,
): Promise<Download> {
  return download(`/reports/${year}/document.${kind}`, { agencyId }, '*/*', onProgress)
}

/** The print preview (HTML) of the started report. */
export function downloadReportHtml(year: number, agencyId?: number): Promise<Download> {
  return download(`/reports/${year}/document.html`, { agencyId }, 'text/html')
}

// Public ----------------------------------------------------------------------------------------------------

export interface PublishedReportFilters extends PageParams {
  year?: number
  agencyId?: number
}

export function listPublishedReports(params: PublishedReportFilters = {}): Promise<Page<PublishedReportSummary>> {
  return http.get<Page<PublishedReportSummary>>('/published-reports', { ...params })
}

export function getPublishedReport(id: number): Promise<PublishedReport> {
  return http.get<PublishedReport>(`/published-reports/${id}`)
}

/** Public address of a published report's Word document (no token needed). */
export function publishedReportDocxUrl(id: number): string {
  return `/api/v1/published-reports/${id}/document.docx`
}

export function publishedReportHtmlUrl(id: number): string {
  return `/api/v1/published-reports/${id}/document.html`
}
