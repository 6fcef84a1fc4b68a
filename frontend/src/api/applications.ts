/** Applications for disclosure (依申请公开): portal submission and tracking, the staff queue and every step. */
import { download, http, saveDownload } from './http'
import type { Page, PageParams, Schemas } from './types'

export type ApplicantType = Schemas['ApplicantType']
export type ApplicationStatus = Schemas['ApplicationStatus']
export type ApplicationAction = Schemas['ApplicationAction']
export type ApplicationEventType = Schemas['ApplicationEventType']
export type Channel = Schemas['Channel']
export type IdType = Schemas['IdType']
export type ProvisionForm = Schemas['ProvisionForm']
export type ObtainMethod = Schemas['ObtainMethod']
export type OutcomeCode = Schemas['OutcomeCode']
export type Urgency = Schemas['Urgency']
export type DocumentKind = Schemas['ApplicationDocumentKind']
export type AppealKind = Schemas['AppealKind']
export type AppealResult = Schemas['AppealResult']
export type ConsultedPartyKind = Schemas['ConsultedPartyKind']
export type ConsultationAnswer = Schemas['ConsultationAnswer']
export type FeeMethod = Schemas['FeeMethod']

export type ApplicantInput = Schemas['ApplicantInput']
export type RequestInput = Schemas['RequestInput']
export type PortalSubmission = Schemas['PortalSubmission']
export type StaffRegistration = Schemas['StaffRegistration']
export type SubmissionResult = Schemas['SubmissionResult']
export type Tracking = Schemas['Tracking']
export type ApplicationSummary = Schemas['ApplicationSummary']
export type Application = Schemas['Application']
export type Deadline = Schemas['Deadline']
export type ApplicationEvent = Schemas['ApplicationEvent']
export type Appeal = Schemas['Appeal']
export type AppealRequest = Schemas['AppealRequest']
export type PersonalData = Schemas['PersonalDataView']
export type QueryCodeReset = Schemas['QueryCodeReset']
export type FeeQuote = Schemas['FeeQuote']
export type OutcomeCodeInfo = Schemas['OutcomeCodeInfo']
export type WithheldPart = Schemas['WithheldPart']
export type BilingualText = Schemas['Text']
export type Statistics = Schemas['ApplicationStatistics']

/** Queue filters as the URL carries them (strings; empty = no filter). */
export interface QueueFilters extends PageParams {
  status?: string
  open?: string
  agencyId?: string
  applicantType?: string
  channel?: string
  overdue?: string
  dueWithinDays?: string
  trackingNumber?: string
  applicant?: string
  sort?: string
}

const BASE = '/applications'

// ----- portal -----------------------------------------------------------------------------------------------

export function submitApplication(body: PortalSubmission): Promise<SubmissionResult> {
  return http.post<SubmissionResult>(BASE, body)
}

/** The query code travels in the body, never in the URL. */
export function trackApplication(trackingNumber: string, queryCode: string): Promise<Tracking> {
  return http.post<Tracking>(`${BASE}/tracking/${encodeURIComponent(trackingNumber.trim())}`, { queryCode })
}

export function withdrawOwnApplication(trackingNumber: string, queryCode: string, reason?: string): Promise<Tracking> {
  return http.post<Tracking>(`${BASE}/tracking/${encodeURIComponent(trackingNumber.trim())}/withdrawal`, {
    queryCode,
    reason,
  })
}

export function listOutcomeCodes(): Promise<OutcomeCodeInfo[]> {
  return http.get<OutcomeCodeInfo[]>(`${BASE}/outcome-codes`)
}

// ----- staff ------------------------------------------------------------------------------------------------

export function registerApplication(body: StaffRegistration): Promise<SubmissionResult> {
  return http.post<SubmissionResult>(`${BASE}/registrations`, body)
}

export function listApplications(params: QueueFilters = {}): Promise<Page<ApplicationSummary>> {
  return http.get<Page<ApplicationSummary>>(BASE, { ...params })
}

export function getApplication(id: number): Promise<Application> {
  return http.get<Application>(`${BASE}/${id}`)
}

/** The URL segment of each step (POST `/applications/{id}/<segment>`). */
export const ACTION_PATHS: Record<ApplicationAction, string> = {
  REQUEST_CLARIFICATION: 'clarification-requests',
  RECEIVE_CLARIFICATION: 'clarification-replies',
  LAPSE_CLARIFICATION: 'clarification-lapse',
  START_CONSULTATION: 'consultations',
  END_CONSULTATION: 'consultation-replies',
  EXTEND: 'extensions',
  ISSUE_FEE_NOTICE: 'fee-notices',
  RECORD_PAYMENT: 'fee-payments',
  WAIVE_FEE: 'fee-waivers',
  LAPSE_FEE: 'fee-lapse',
  DECIDE: 'decisions',
  WITHDRAW: 'withdrawals',
  DELIVER: 'deliveries',
  CLOSE: 'closure',
}

/** Takes one step; `body.version` must be the version read (a stale one is 409 STALE_WRITE). */
export function performAction(id: number, action: ApplicationAction, body: Record<string, unknown>): Promise<Application> {
  return http.post<Application>(`${BASE}/${id}/${ACTION_PATHS[action]}`, body)
}

export function quoteFee(id: number, method: FeeMethod, pages?: number): Promise<FeeQuote> {
  return http.get<FeeQuote>(`${BASE}/${id}/fee-quote`, { method, pages })
}

export function revealPersonalData(id: number, reason: string): Promise<PersonalData> {
  return http.post<PersonalData>(`${BASE}/${id}/personal-data-reveal`, { reason })
}

export function resetQueryCode(id: number): Promise<QueryCodeReset> {
  return http.post<QueryCodeReset>(`${BASE}/${id}/query-code`)
}

export function createAppeal(id: number, body: AppealRequest): Promise<Appeal> {
  return http.post<Appeal>(`${BASE}/${id}/appeals`, body)
}

export function updateAppeal(id: number, appealId: number, body: AppealRequest): Promise<Appeal> {
  return http.put<Appeal>(`${BASE}/${id}/appeals/${appealId}`, body)
}

/** Downloads a generated letter as DOCX and hands it to the browser. */
export async function downloadDocument(id: number, kind: DocumentKind, eventId?: number): Promise<void> {
  const file = await download(`${BASE}/${id}/documents/${kind}`, { eventId }, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  saveDownload(file, `${kind}.docx`)
}

/** Opens a letter's printable HTML in a new tab (fetched with the session's token). */
export async function openPrintable(id: number, kind: DocumentKind, eventId?: number): Promise<void> {
  const file = await download(`${BASE}/${id}/documents/${kind}`, { eventId, format: 'html' }, 'text/html')
  const url = URL.createObjectURL(file.blob)
  window.open(url, '_blank', 'noopener')
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export function getStatistics(year: number, agencyId?: number): Promise<Statistics> {
  return http.get<Statistics>(`/application-statistics/${year}`, { agencyId })
}
