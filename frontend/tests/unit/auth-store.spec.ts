import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useAuthStore } from '@/stores/auth'
import type { Account } from '@/api/auth'

const account: Account = {
  id: 3,
  username: 'caseworker',
  displayName: '李办理',
  roles: ['CASEWORKER', 'CLERK'],
  agencyId: 5,
  agencyName: '区财政局',
  districtWide: false,
  enabled: true,
  demo: true,
  version: 1,
}

function tokenAnswer(expiresIn = 7200) {
  return new Response(JSON.stringify({ accessToken: 'jwt-abc', tokenType: 'Bearer', expiresIn, account }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  })
}

describe('auth store', () => {
  beforeEach(() => {
    sessionStorage.clear()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.useRealTimers())

  it('signs in, keeps the session in sessionStorage and answers role questions', async () => {
    const fetchMock = vi.fn().mockResolvedValue(tokenAnswer())
    vi.stubGlobal('fetch', fetchMock)
    const auth = useAuthStore()
    await auth.login('caseworker', 'gongkai-demo')
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ username: 'caseworker', password: 'gongkai-demo' })
    expect(auth.isSignedIn).toBe(true)
    expect(auth.token).toBe('jwt-abc')
    expect(auth.hasRole('ADMIN')).toBe(false)
    expect(auth.hasRole('ADMIN', 'CLERK')).toBe(true)
    expect(auth.isDistrictWide).toBe(false)
    const stored = JSON.parse(sessionStorage.getItem('gongkai.session')!)
    expect(stored.token).toBe('jwt-abc')
    expect(stored.account.username).toBe('caseworker')
    // Two hours minus the safety margin.
    expect(stored.expiresAt - Date.now()).toBeGreaterThan(7_100_000)
    expect(stored.expiresAt - Date.now()).toBeLessThanOrEqual(7_170_000)
  })

  it('restores a live session after a reload and drops an expired one', () => {
    sessionStorage.setItem(
      'gongkai.session',
      JSON.stringify({ token: 'kept', account, expiresAt: Date.now() + 60_000 }),
    )
    expect(useAuthStore().token).toBe('kept')

    setActivePinia(createPinia())
    sessionStorage.setItem('gongkai.session', JSON.stringify({ token: 'old', account, expiresAt: Date.now() - 1 }))
    expect(useAuthStore().isSignedIn).toBe(false)
    expect(sessionStorage.getItem('gongkai.session')).toBeNull()
  })

  it('ignores a damaged stored session', () => {
    sessionStorage.setItem('gongkai.session', '{not json')
    expect(useAuthStore().isSignedIn).toBe(false)
  })

  it('logs out by itself when the token expires', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(tokenAnswer(120)))
    const auth = useAuthStore()
    await auth.login('caseworker', 'pw')
    vi.advanceTimersByTime(60_000)
    expect(auth.isSignedIn).toBe(true)
    vi.advanceTimersByTime(60_000)
    expect(auth.isSignedIn).toBe(false)
    expect(auth.lastLogoutReason).toBe('expired')
    expect(sessionStorage.getItem('gongkai.session')).toBeNull()
  })

  it('keeps no session after a failed sign-in', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        new Response(JSON.stringify({ status: 401, code: 'BAD_CREDENTIALS' }), {
          status: 401,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      ),
    )
    const auth = useAuthStore()
    await expect(auth.login('caseworker', 'wrong')).rejects.toMatchObject({ status: 401 })
    expect(auth.isSignedIn).toBe(false)
    expect(sessionStorage.getItem('gongkai.session')).toBeNull()
  })

  it('signs out on request', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(tokenAnswer()))
    const auth = useAuthStore()
    await auth.login('caseworker', 'pw')
    auth.logout()
    expect([auth.isSignedIn, auth.account, auth.lastLogoutReason]).toEqual([false, null, 'signed-out'])
  })
})
