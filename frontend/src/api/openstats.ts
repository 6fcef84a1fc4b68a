import { buildUrl, http } from './http'
import type { Schemas } from './types'

export type OpenStatistics = Schemas['OpenStatistics']
export type OpenCategoryCount = Schemas['OpenCategoryCount']
export type OpenOutcomeCount = Schemas['OpenOutcomeCount']
export type OpenKindVisits = Schemas['OpenKindVisits']
export type OpenMonthVisits = Schemas['OpenMonthVisits']

/** The tables the server offers as CSV (`GET /open-statistics/{dataset}.csv`). */
export const OPEN_DATASETS = [
  'items-by-category',
  'items-by-month',
  'items-by-year',
  'applications-by-month',
  'application-outcomes',
  'visits-by-month',
  'visits-by-kind',
] as const
export type OpenDataset = (typeof OPEN_DATASETS)[number]

/** Public: a year's aggregate figures (default: this year), for the district or one agency. */
export function getOpenStatistics(year?: number, agencyId?: number, signal?: AbortSignal): Promise<OpenStatistics> {
  return http.get<OpenStatistics>('/open-statistics', { year, agencyId }, signal)
}

/**
 * The address of one table as CSV, for a plain download link: public, no token needed, and the browser names the
 * file from Content-Disposition.
 */
export function openStatisticsCsvUrl(dataset: OpenDataset, year: number, lang: string, agencyId?: number): string {
  return buildUrl(`/open-statistics/${dataset}.csv`, { year, lang, agencyId })
}
