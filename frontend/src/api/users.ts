import { http } from './http'
import type { Page, PageParams, Schemas } from './types'

export type { Account } from './auth'
export type AccountCreateRequest = Schemas['AccountCreateRequest']
export type AccountUpdateRequest = Schemas['AccountUpdateRequest']
export type PasswordChangeRequest = Schemas['PasswordChangeRequest']
type Account = Schemas['Account']

export function getMe(): Promise<Account> {
  return http.get<Account>('/users/me')
}

export function changeMyPassword(body: { currentPassword: string; newPassword: string }): Promise<void> {
  return http.put<void>('/users/me/password', body)
}

export function listUsers(params: PageParams = {}): Promise<Page<Account>> {
  return http.get<Page<Account>>('/users', { ...params })
}

export function getUser(id: number): Promise<Account> {
  return http.get<Account>(`/users/${id}`)
}

export function createUser(body: AccountCreateRequest): Promise<Account> {
  return http.post<Account>('/users', body)
}

export function updateUser(id: number, body: AccountUpdateRequest): Promise<Account> {
  return http.put<Account>(`/users/${id}`, body)
}

export function resetUserPassword(id: number, newPassword: string): Promise<void> {
  return http.put<void>(`/users/${id}/password`, { newPassword })
}
