/**
 * The staff session: token, account and expiry, kept in sessionStorage (one browser tab, gone when it closes)
 * and cleared when the token expires. The public portal needs no session.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { createToken, type Account, type Role } from '@/api/auth'

const STORAGE_KEY = 'gongkai.session'
/** Give up a little before the server does, so a call never leaves with a token about to expire. */
const EXPIRY_MARGIN_MS = 30_000

interface StoredSession {
  token: string
  account: Account
  expiresAt: number
}

/** Why the session ended: signed out by the user, or expired / rejected by the server. */
export type LogoutReason = 'signed-out' | 'expired'

function readStored(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY)
    if (!raw) return null
    const s = JSON.parse(raw) as StoredSession
    if (typeof s.token !== 'string' || typeof s.expiresAt !== 'number' || !s.account) return null
    return s
  } catch {
    return null
  }
}

export const useAuthStore = defineStore('auth', () => {
  const token = ref<string | null>(null)
  const account = ref<Account | null>(null)
  const expiresAt = ref<number | null>(null)
  /** Set when the last session ended by itself, so the login page can say so. */
  const lastLogoutReason = ref<LogoutReason | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined

  const isSignedIn = computed(() => token.value !== null)
  const roles = computed<string[]>(() => account.value?.roles ?? [])
  const isDistrictWide = computed(() => account.value?.districtWide === true)

  function hasRole(...wanted: (Role | string)[]): boolean {
    return wanted.some((r) => roles.value.includes(r))
  }

  function schedule(): void {
    clearTimeout(timer)
    if (expiresAt.value === null) return
    const wait = expiresAt.value - Date.now()
    // setTimeout takes at most ~24.8 days; tokens live hours.
    timer = setTimeout(() => logout('expired'), Math.max(0, Math.min(wait, 2_147_483_647)))
  }

  function adopt(s: StoredSession): void {
    token.value = s.token
    account.value = s.account
    expiresAt.value = s.expiresAt
    lastLogoutReason.value = null
    schedule()
  }

  function persist(): void {
    try {
      if (token.value && account.value && expiresAt.value) {
        const s: StoredSession = { token: token.value, account: account.value, expiresAt: expiresAt.value }
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(s))
      } else {
        sessionStorage.removeItem(STORAGE_KEY)
      }
    } catch {
      // Storage disabled: the session lasts until the page reloads.
    }
  }

  async function login(username: string, password: string): Promise<Account> {
    const answer = await createToken({ username, password })
    const lifetimeMs = (answer.expiresIn ?? 0) * 1000
    adopt({
      token: answer.accessToken!,
      account: answer.account!,
      expiresAt: Date.now() + Math.max(0, lifetimeMs - EXPIRY_MARGIN_MS),
    })
    persist()
    return answer.account!
  }

  function logout(reason: LogoutReason = 'signed-out'): void {
    const wasSignedIn = token.value !== null
    clearTimeout(timer)
    token.value = null
    account.value = null
    expiresAt.value = null
    if (wasSignedIn) lastLogoutReason.value = reason
    persist()
  }

  /** The token if it is still valid; an expired one ends the session here. */
  function validToken(): string | null {
    if (token.value && expiresAt.value !== null && Date.now() >= expiresAt.value) {
      logout('expired')
    }
    return token.value
  }

  /** Refreshes the account (name, roles) after an administrator changed it. */
  function updateAccount(next: Account): void {
    account.value = next
    persist()
  }

  // Restore a session from this tab's storage (a reload must not sign the user out).
  const stored = readStored()
  if (stored && stored.expiresAt > Date.now()) adopt(stored)
  else if (stored) persist()

  return {
    token,
    account,
    expiresAt,
    lastLogoutReason,
    isSignedIn,
    roles,
    isDistrictWide,
    hasRole,
    login,
    logout,
    validToken,
    updateAccount,
  }
})
