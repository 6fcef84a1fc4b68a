import { http } from './http'
import type { Schemas } from './types'

export type CalendarYearSummary = Schemas['CalendarYearSummary']
export type CalendarDay = Schemas['CalendarDay']
export type CalendarYear = Schemas['CalendarYear']
export type CalendarYearRequest = Schemas['CalendarYearRequest']
export type WorkingDays = Schemas['WorkingDays']
export type SkippedDay = Schemas['Skipped']
export type MakeUpDay = Schemas['MakeUp']

export function listCalendarYears(): Promise<CalendarYearSummary[]> {
  return http.get<CalendarYearSummary[]>('/calendar/years')
}

export function getCalendarYear(year: number): Promise<CalendarYear> {
  return http.get<CalendarYear>(`/calendar/years/${year}`)
}

/** Adds or replaces a year's notice; send the `version` read when the year exists. */
export function saveCalendarYear(year: number, body: CalendarYearRequest): Promise<CalendarYear> {
  return http.put<CalendarYear>(`/calendar/years/${year}`, body)
}

/** The date `days` working days after `from` (the day of `from` is not counted), with the explanation. */
export function addWorkingDays(from: string, days: number): Promise<WorkingDays> {
  return http.get<WorkingDays>('/calendar/working-days/add', { from, days })
}

/** Working days after `from` up to and including `to`, with the explanation. */
export function countWorkingDaysBetween(from: string, to: string): Promise<WorkingDays> {
  return http.get<WorkingDays>('/calendar/working-days/between', { from, to })
}
