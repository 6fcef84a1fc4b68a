import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import {
  ApiError,
  buildUrl,
  download,
  filenameFromDisposition,
  http,
  upload,
} from '@/api/http'
import { useAuthStore } from '@/stores/auth'
import { setLocale } from '@/i18n'
import type { Account } from '@/api/auth'

const account: Account = {
  id: 1,
  username: 'admin',
  displayName: '管理员',
  roles: ['ADMIN'],
  districtWide: true,
  enabled: true,
  demo: true,
  version: 0,
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  })
}

function signIn(): void {
  const auth = useAuthStore()
  auth.$patch({ token: 'tok-123', account, expiresAt: Date.now() + 3_600_000 })
}

describe('http client', () => {
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(async () => {
    sessionStorage.clear()
    setActivePinia(createPinia())
    await setLocale('zh-CN')
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  it('calls /api/v1 with JSON, the locale and no token when signed out', async () => {
    fetchMock.mockResolvedValue(json({ items: [], size: 20 }))
    const page = await http.get('/agencies', { size: 20, cursor: undefined, q: '' })
    expect(page).toEqual({ items: [], size: 20 })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/agencies?size=20')
    expect(init.headers['Accept-Language']).toBe('zh-CN')
    expect(init.headers.Accept).toBe('application/json')
    expect(init.headers.Authorization).toBeUndefined()
  })

  it('sends the bearer token, the chosen language and a JSON body', async () => {
    signIn()
    await setLocale('en')
    fetchMock.mockResolvedValue(json({ id: 7 }, 201))
    await http.post('/agencies', { name: '区财政局' })
    const [, init] = fetchMock.mock.calls[0]
    expect(init.method).toBe('POST')
    expect(init.headers.Authorization).toBe('Bearer tok-123')
    expect(init.headers['Accept-Language']).toBe('en')
    expect(init.headers['Content-Type']).toBe('application/json')
    expect(JSON.parse(init.body)).toEqual({ name: '区财政局' })
  })

  it('resolves 204 to undefined', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await expect(http.put('/users/me/password', { newPassword: 'x' })).resolves.toBeUndefined()
  })

  it('turns problem details into an ApiError with field errors', async () => {
    fetchMock.mockResolvedValue(
      json(
        {
          type: 'https://gongkai.local/problems/validation-failed',
          title: 'Bad Request',
          status: 400,
          detail: '提交的内容有误，请按提示修改。',
          code: 'VALIDATION_FAILED',
          violations: [
            { field: 'creditCode', message: '统一社会信用代码校验位不正确' },
            { field: 'days[2].date', message: '日期不在该年度内' },
            { field: 'creditCode', message: '第二条' },
          ],
        },
        400,
      ),
    )
    const error = await http.post('/agencies', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    const e = error as ApiError
    expect(e.status).toBe(400)
    expect(e.code).toBe('VALIDATION_FAILED')
    expect(e.detail).toBe('提交的内容有误，请按提示修改。')
    expect(e.message).toBe('提交的内容有误，请按提示修改。')
    expect(e.violations).toHaveLength(3)
    expect(e.fieldErrors()).toEqual({ creditCode: '统一社会信用代码校验位不正确', 'days[2].date': '日期不在该年度内' })
  })

  it('reads retryAfterSeconds from the body or else from Retry-After', async () => {
    fetchMock.mockResolvedValueOnce(json({ status: 429, code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 840 }, 429))
    fetchMock.mockResolvedValueOnce(json({ status: 429, code: 'TOO_MANY_REQUESTS' }, 429, { 'Retry-After': '120' }))
    const first = (await http.post('/auth/token', {}).catch((e) => e)) as ApiError
    const second = (await http.post('/auth/token', {}).catch((e) => e)) as ApiError
    expect([first.status, first.retryAfterSeconds]).toEqual([429, 840])
    expect(second.retryAfterSeconds).toBe(120)
  })

  it('keeps the status when the error body is not JSON', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }))
    const e = (await http.get('/agencies').catch((x) => x)) as ApiError
    expect([e.status, e.code, e.violations]).toEqual([502, 'HTTP_502', []])
  })

  it('reports an unreachable server as status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const e = (await http.get('/agencies').catch((x) => x)) as ApiError
    expect([e.status, e.code]).toEqual([0, 'NETWORK_ERROR'])
  })

  it('ends the session on a 401 to a call that carried a token', async () => {
    signIn()
    const auth = useAuthStore()
    fetchMock.mockResolvedValue(json({ status: 401, code: 'UNAUTHORIZED', detail: '请先登录' }, 401))
    const e = (await http.get('/users').catch((x) => x)) as ApiError
    expect(e.status).toBe(401)
    expect(auth.isSignedIn).toBe(false)
    expect(auth.lastLogoutReason).toBe('expired')
    expect(sessionStorage.getItem('gongkai.session')).toBeNull()
  })

  it('leaves the (absent) session alone on a 401 to an anonymous call such as a wrong password', async () => {
    const auth = useAuthStore()
    fetchMock.mockResolvedValue(json({ status: 401, code: 'BAD_CREDENTIALS' }, 401))
    await http.post('/auth/token', { username: 'a', password: 'b' }).catch(() => undefined)
    expect(auth.lastLogoutReason).toBeNull()
  })

  it('does not send an expired token', async () => {
    const auth = useAuthStore()
    auth.$patch({ token: 'old', account, expiresAt: Date.now() - 1 })
    fetchMock.mockResolvedValue(json([]))
    await http.get('/calendar/years')
    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBeUndefined()
    expect(auth.isSignedIn).toBe(false)
  })

  it('downloads a blob with its file name', async () => {
    fetchMock.mockResolvedValue(
      new Response('PK', {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'Content-Disposition': "attachment; filename=\"report.docx\"; filename*=UTF-8''2024%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A.docx",
        },
      }),
    )
    const file = await download('/reports/2024/document', { format: 'docx' })
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/reports/2024/document?format=docx')
    expect(file.filename).toBe('2024年度报告.docx')
    expect(await file.blob.text()).toBe('PK')
  })
})

describe('helpers', () => {
  it('builds URLs with repeated array parameters and leaves absolute API paths alone', () => {
    expect(buildUrl('/items', { status: ['DRAFT', 'PUBLISHED'], q: '预算 2024', page: null })).toBe(
      '/api/v1/items?status=DRAFT&status=PUBLISHED&q=%E9%A2%84%E7%AE%97+2024',
    )
    expect(buildUrl('/api/v1/items/1')).toBe('/api/v1/items/1')
  })

  it('reads file names from Content-Disposition', () => {
    expect(filenameFromDisposition('attachment; filename="a b.pdf"')).toBe('a b.pdf')
    expect(filenameFromDisposition('attachment; filename=plain.csv')).toBe('plain.csv')
    expect(filenameFromDisposition("attachment; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf")).toBe('报告.pdf')
    expect(filenameFromDisposition('inline')).toBeUndefined()
    expect(filenameFromDisposition(null)).toBeUndefined()
  })
})

describe('upload', () => {
  class FakeXhr {
    static last: FakeXhr
    method = ''
    url = ''
    headers: Record<string, string> = {}
    status = 0
    responseText = ''
    upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {}
    onload?: () => void
    onerror?: () => void
    onabort?: () => void
    sent?: unknown
    constructor() {
      FakeXhr.last = this
    }
    open(method: string, url: string) {
      this.method = method
      this.url = url
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value
    }
    getResponseHeader() {
      return null
    }
    send(body: unknown) {
      this.sent = body
    }
    abort() {
      this.onabort?.()
    }
  }

  beforeEach(() => {
    sessionStorage.clear()
    setActivePinia(createPinia())
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
  })

  it('reports progress and resolves with the JSON answer', async () => {
    signIn()
    const progress: number[] = []
    const form = new FormData()
    form.append('file', new Blob(['x']), 'a.pdf')
    const promise = upload<{ id: number }>('/items/1/attachments', form, { onProgress: (p) => progress.push(p) })
    const xhr = FakeXhr.last
    expect([xhr.method, xhr.url, xhr.headers.Authorization]).toEqual(['POST', '/api/v1/items/1/attachments', 'Bearer tok-123'])
    expect(xhr.sent).toBe(form)
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 200 })
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 200, total: 200 })
    xhr.status = 201
    xhr.responseText = '{"id":9}'
    xhr.onload?.()
    await expect(promise).resolves.toEqual({ id: 9 })
    expect(progress).toEqual([25, 100])
  })

  it('rejects with the problem details and ends the session on 401', async () => {
    signIn()
    const promise = upload('/items/1/attachments', new FormData())
    const xhr = FakeXhr.last
    xhr.status = 413
    xhr.responseText = JSON.stringify({ status: 413, code: 'PAYLOAD_TOO_LARGE', detail: '上传的内容过大。' })
    xhr.onload?.()
    const e = (await promise.catch((x) => x)) as ApiError
    expect([e.status, e.code, e.detail]).toEqual([413, 'PAYLOAD_TOO_LARGE', '上传的内容过大。'])
    expect(useAuthStore().isSignedIn).toBe(true)

    const second = upload('/items/1/attachments', new FormData())
    FakeXhr.last.status = 401
    FakeXhr.last.onload?.()
    await second.catch(() => undefined)
    expect(useAuthStore().isSignedIn).toBe(false)
  })
})
