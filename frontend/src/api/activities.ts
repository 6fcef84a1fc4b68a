import { http } from './http'
import type { Page, PageParams, Schemas } from './types'

export type PressConference = Schemas['PressConference']
export type PressConferenceRequest = Schemas['PressConferenceRequest']
export type PressChannel = Schemas['PressChannel']
export type Training = Schemas['Training']
export type TrainingRequest = Schemas['TrainingRequest']
export type InternalRule = Schemas['InternalRule']
export type InternalRuleRequest = Schemas['InternalRuleRequest']
export type DisclosureDocument = Schemas['DisclosureDocument']
export type DisclosureDocumentRequest = Schemas['DisclosureDocumentRequest']
export type WebsiteStatistic = Schemas['WebsiteStatistic']
export type WebsiteYear = Schemas['WebsiteYear']
export type WebsiteStatisticRequest = Schemas['WebsiteStatisticRequest']

export const PRESS_CHANNELS: readonly PressChannel[] = [
  'PRESS_CONFERENCE',
  'BRIEFING',
  'INTERVIEW',
  'ONLINE_INTERVIEW',
  'OTHER',
]

export interface ActivityFilters extends PageParams {
  agencyId?: number | string
  year?: number | string
}

/** The collection paths of the dated activity records, which all share one shape of calls. */
export type ActivityPath = 'press-conferences' | 'trainings' | 'internal-rules' | 'disclosure-guides' | 'disclosure-catalogues'

export function listActivities<T>(path: ActivityPath, params: ActivityFilters = {}): Promise<Page<T>> {
  return http.get<Page<T>>(`/${path}`, { ...params })
}

export function createActivity<T>(path: ActivityPath, body: unknown): Promise<T> {
  return http.post<T>(`/${path}`, body)
}

/** `body.version` must be the version read; a stale one is 409 STALE_WRITE. */
export function updateActivity<T>(path: ActivityPath, id: number, body: unknown): Promise<T> {
  return http.put<T>(`/${path}/${id}`, body)
}

export function deleteActivity(path: ActivityPath, id: number, version: number): Promise<void> {
  return http.delete(`/${path}/${id}`, { version })
}

/** Public: the guide (or catalogue) in force today; default agency: the top-level government. */
export function getCurrentDocument(
  kind: 'disclosure-guides' | 'disclosure-catalogues',
  agencyId?: number,
): Promise<DisclosureDocument> {
  return http.get<DisclosureDocument>(`/${kind}/current`, { agencyId })
}

export function getWebsiteYear(agencyId: number, year: number): Promise<WebsiteYear> {
  return http.get<WebsiteYear>(`/website-statistics/${agencyId}/${year}`)
}

/** Records a month (no `version`) or changes it (`version` read). */
export function putWebsiteMonth(
  agencyId: number,
  year: number,
  month: number,
  body: WebsiteStatisticRequest,
): Promise<WebsiteStatistic> {
  return http.put<WebsiteStatistic>(`/website-statistics/${agencyId}/${year}/${month}`, body)
}

export function deleteWebsiteMonth(agencyId: number, year: number, month: number, version: number): Promise<void> {
  return http.delete(`/website-statistics/${agencyId}/${year}/${month}`, { version })
}
