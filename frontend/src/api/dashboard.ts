import { http } from './http'
import type { Schemas } from './types'

export type Dashboard = Schemas['Dashboard']
export type DashboardApplications = Schemas['DashboardApplications']
export type DashboardItems = Schemas['DashboardItems']
export type DashboardReadingPoints = Schemas['DashboardReadingPoints']
export type DashboardReport = Schemas['DashboardReport']
export type DashboardCharts = Schemas['DashboardCharts']
export type OutcomeSeries = Schemas['ApplicationOutcomeSeries']

/** The console's home page for the caller's roles; `agencyId` narrows a district-wide account to one agency. */
export function getDashboard(agencyId?: number, signal?: AbortSignal): Promise<Dashboard> {
  return http.get<Dashboard>('/dashboard', { agencyId }, signal)
}
