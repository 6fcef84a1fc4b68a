import { http, upload, type UploadOptions } from './http'
import type { Page, PageParams, Schemas } from './types'

export type Item = Schemas['Item']
export type ItemSummary = Schemas['ItemSummary']
export type ItemRequest = Schemas['ItemRequest']
export type ItemStatus = Schemas['ItemStatus']
export type ItemAction = Schemas['ItemAction']
export type ItemEvent = Schemas['ItemEvent']
export type Attachment = Schemas['Attachment']
export type Category = Schemas['Category']
export type CategoryRequest = Schemas['CategoryRequest']
export type CategoryScheme = Schemas['CategoryScheme']
export type SearchResults = Schemas['SearchResults']
export type SearchHit = Schemas['SearchHit']
export type Vocabulary = Schemas['ItemVocabulary']
export type VocabularyTerm = Schemas['VocabularyTerm']
export type YearFigures = Schemas['ItemYearFigures']
export type ImportReport = Schemas['ImportReport']
export type SearchIndexStatus = Schemas['SearchIndexStatus']
export type Topic = Schemas['Topic']
export type Validity = Schemas['Validity']
export type Channel = Schemas['ItemChannel']

export const ITEM_STATUSES: readonly ItemStatus[] = ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'WITHDRAWN']
export const CHANNELS: readonly Channel[] = ['WEBSITE', 'GAZETTE', 'PRESS_CONFERENCE', 'READING_POINT', 'NEWSPAPER', 'RADIO_TV']

/** Categories whose items carry a validity (现行有效 / 已废止). */
export const VALIDITY_CATEGORIES: readonly string[] = ['RULES', 'NORMATIVE']

/** The catalogue's filters (query parameters of the list and of the search). */
export interface ItemFilters {
  category?: string
  agencyId?: string | number
  includeSubagencies?: string | boolean
  year?: string | number
  topic?: string
  validity?: string
}

/** Without `status`: the public catalogue. With `status` (one or more): a staff work list (`mine`: only my items). */
export function listItems(
  params: ItemFilters & PageParams & { status?: string | string[]; mine?: boolean } = {},
): Promise<Page<ItemSummary>> {
  return http.get<Page<ItemSummary>>('/items', { ...params })
}

export function searchItems(params: ItemFilters & PageParams & { q: string }): Promise<SearchResults> {
  return http.get<SearchResults>('/items/search', { ...params })
}

export function getItem(id: number): Promise<Item> {
  return http.get<Item>(`/items/${id}`)
}

export function getVocabulary(): Promise<Vocabulary> {
  return http.get<Vocabulary>('/items/vocabulary')
}

export function getItemStatistics(year: number, agencyId?: number): Promise<YearFigures> {
  return http.get<YearFigures>(`/items/statistics/${year}`, { agencyId })
}

export function createItem(body: ItemRequest): Promise<Item> {
  return http.post<Item>('/items', body)
}

/** `body.version` must be the version read; a stale one is 409 STALE_WRITE. */
export function updateItem(id: number, body: ItemRequest): Promise<Item> {
  return http.put<Item>(`/items/${id}`, body)
}

export function deleteItem(id: number, version: number): Promise<void> {
  return http.delete(`/items/${id}`, { version })
}

export function submitItem(id: number, version: number): Promise<Item> {
  return http.post<Item>(`/items/${id}/submission`, { version })
}

/** The reviewer's approval is the publication; `publicationDate` defaults to today. */
export function approveItem(id: number, version: number, publicationDate?: string): Promise<Item> {
  return http.post<Item>(`/items/${id}/approval`, { version, publicationDate: publicationDate || undefined })
}

export function rejectItem(id: number, version: number, reason: string): Promise<Item> {
  return http.post<Item>(`/items/${id}/rejection`, { version, reason })
}

export function withdrawItem(id: number, version: number, reason: string): Promise<Item> {
  return http.post<Item>(`/items/${id}/withdrawal`, { version, reason })
}

export function changeValidity(id: number, version: number, validity: Validity, repealDate?: string): Promise<Item> {
  return http.put<Item>(`/items/${id}/validity`, { version, validity, repealDate: repealDate || undefined })
}

export function listItemEvents(id: number): Promise<ItemEvent[]> {
  return http.get<ItemEvent[]>(`/items/${id}/events`)
}

/** Uploads one file (413 too large, 415 type not accepted); `onProgress` receives 0–100. */
export function uploadAttachment(itemId: number, file: File, options: UploadOptions = {}): Promise<Attachment> {
  const form = new FormData()
  form.append('file', file, file.name)
  return upload<Attachment>(`/items/${itemId}/attachments`, form, options)
}

export function deleteAttachment(itemId: number, attachmentId: number): Promise<void> {
  return http.delete(`/items/${itemId}/attachments/${attachmentId}`)
}

export function listCategories(includeInactive = false): Promise<Category[]> {
  return http.get<Category[]>('/categories', { includeInactive: includeInactive || undefined })
}

export function createCategory(body: CategoryRequest): Promise<Category> {
  return http.post<Category>('/categories', body)
}

export function updateCategory(id: number, body: CategoryRequest): Promise<Category> {
  return http.put<Category>(`/categories/${id}`, body)
}

export function getSearchIndexStatus(): Promise<SearchIndexStatus> {
  return http.get<SearchIndexStatus>('/items/search-index')
}

export function rebuildSearchIndex(): Promise<SearchIndexStatus> {
  return http.post<SearchIndexStatus>('/items/search-index/rebuild')
}

/** Imports a CSV or JSON file of historical published items. */
export function importItems(file: File, mode: 'all-or-nothing' | 'valid-rows'): Promise<ImportReport> {
  const type = file.name.toLowerCase().endsWith('.json') ? 'application/json' : 'text/csv'
  return http.post<ImportReport>('/items/imports', new Blob([file], { type }), { mode })
}
