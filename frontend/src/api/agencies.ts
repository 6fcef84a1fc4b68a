import { http } from './http'
import type { Page, PageParams, Schemas } from './types'

export type Agency = Schemas['Agency']
export type AgencyRequest = Schemas['AgencyRequest']
export interface AgencyNode {
  agency: Agency
  children: AgencyNode[]
}

export function listAgencies(params: PageParams = {}): Promise<Page<Agency>> {
  return http.get<Page<Agency>>('/agencies', { ...params })
}

/** All agencies: governments with their departments beneath. */
export function getAgencyTree(): Promise<AgencyNode[]> {
  return http.get<AgencyNode[]>('/agencies/tree')
}

export function getAgency(id: number): Promise<Agency> {
  return http.get<Agency>(`/agencies/${id}`)
}

export function createAgency(body: AgencyRequest): Promise<Agency> {
  return http.post<Agency>('/agencies', body)
}

/** `body.version` must be the version read; a stale one is 409 STALE_WRITE. */
export function updateAgency(id: number, body: AgencyRequest): Promise<Agency> {
  return http.put<Agency>(`/agencies/${id}`, body)
}
