import { http } from './http'
import type { Schemas } from './types'

export type Account = Schemas['Account']
export type TokenRequest = Schemas['TokenRequest']
export type TokenResponse = Schemas['TokenResponse']
export type Role = Schemas['Role']

export const ROLES: readonly Role[] = ['ADMIN', 'EDITOR', 'REVIEWER', 'CASEWORKER', 'CLERK']

/** Signs in; 401 wrong name or password, 429 too many attempts (see `retryAfterSeconds`). */
export function createToken(credentials: TokenRequest): Promise<TokenResponse> {
  return http.post<TokenResponse>('/auth/token', credentials)
}
