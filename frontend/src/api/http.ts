/**
 * The one HTTP client of the app. Views never call fetch: they call the verb-named functions of an API module
 * (`src/api/<feature>.ts`), which use the helpers here.
 *
 * - base `/api/v1`, JSON in and out;
 * - `Authorization: Bearer …` from the auth store when signed in, `Accept-Language` from the current locale
 *   (the backend answers problem details in that language);
 * - a non-2xx answer becomes an {@link ApiError} parsed from the RFC 9457 problem details;
 * - a 401 to a call that carried a token means the session is over: the session is cleared and the user sent
 *   to `/admin/login?redirect=…` (see `router/session.ts`);
 * - downloads ({@link download}: blob + file name from Content-Disposition) and uploads with progress
 *   ({@link upload}: XMLHttpRequest, since fetch has no upload progress).
 */
import { useAuthStore } from '@/stores/auth'
import { currentLocale } from '@/i18n'

export const API_BASE = '/api/v1'

export interface Violation {
  field: string
  message: string
}

/** RFC 9457 problem details as the backend sends them. */
export interface ProblemDetails {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  code?: string
  violations?: Violation[]
  retryAfterSeconds?: number
}

/** A failed call. `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly title?: string
  readonly detail?: string
  readonly violations: Violation[]
  readonly retryAfterSeconds?: number
  /** The whole problem body, extension members included (e.g. a rejected import's `report`). */
  readonly body: ProblemDetails & Record<string, unknown>

  constructor(status: number, problem: ProblemDetails = {}) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.code = problem.code ?? (status === 0 ? 'NETWORK_ERROR' : `HTTP_${status}`)
    this.title = problem.title
    this.detail = problem.detail
    this.violations = Array.isArray(problem.violations) ? problem.violations : []
    this.retryAfterSeconds = problem.retryAfterSeconds
    this.body = problem as ProblemDetails & Record<string, unknown>
  }

  /** Violations keyed by field path (`roles`, `days[3].date`); the first message of a field wins. */
  fieldErrors(): Record<string, string> {
    return violationsByField(this.violations)
  }

  /** True when the server rejected a stale write (someone else changed the record meanwhile). */
  get isConflict(): boolean {
    return this.status === 409
  }
}

export function violationsByField(violations: Violation[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const v of violations) {
    if (v.field && !(v.field in errors)) errors[v.field] = v.message
  }
  return errors
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[]
export type Query = Record<string, QueryValue>

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Query
  /** Sent as JSON, or as is when FormData/Blob/string. */
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal
}

/** `/agencies` + `{size: 20, cursor: undefined}` → `/api/v1/agencies?size=20` (empty values left out). */
export function buildUrl(path: string, query?: Query): string {
  const url = path.startsWith('/api/') || /^https?:/.test(path) ? path : API_BASE + path
  if (!query) return url
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)))
    else params.append(key, String(value))
  }
  const qs = params.toString()
  return qs ? `${url}${url.includes('?') ? '&' : '?'}${qs}` : url
}

function commonHeaders(): { headers: Record<string, string>; withToken: boolean } {
  const headers: Record<string, string> = { 'Accept-Language': currentLocale() }
  const auth = useAuthStore()
  const token = auth.validToken()
  if (token) headers.Authorization = `Bearer ${token}`
  return { headers, withToken: !!token }
}

/** Called when a call that carried a token is answered 401: the token expired or was revoked. */
function sessionEnded(): void {
  useAuthStore().logout('expired')
}

function retryAfterOf(header: string | null): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return seconds
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((at - Date.now()) / 1000))
}

async function problemOf(response: Response): Promise<ProblemDetails> {
  const type = response.headers.get('Content-Type') ?? ''
  let problem: ProblemDetails = {}
  if (type.includes('json')) {
    try {
      const body: unknown = await response.json()
      if (body && typeof body === 'object') problem = body as ProblemDetails
    } catch {
      // A broken error body: keep the status alone.
    }
  }
  if (problem.retryAfterSeconds === undefined) {
    problem.retryAfterSeconds = retryAfterOf(response.headers.get('Retry-After'))
  }
  return problem
}

async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const { headers, withToken } = commonHeaders()
  headers.Accept = accept
  let body: BodyInit | undefined
  if (options.body instanceof FormData || options.body instanceof Blob || typeof options.body === 'string') {
    body = options.body
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  let response: Response
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers: { ...headers, ...options.headers },
      body,
      signal: options.signal,
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ApiError(0)
  }
  if (!response.ok) {
    if (response.status === 401 && withToken) sessionEnded()
    throw new ApiError(response.status, await problemOf(response))
  }
  return response
}

/** A JSON call; resolves to the parsed body, or `undefined` for 204 / an empty body. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json')
  if (response.status === 204) return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export const http = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown, query?: Query) => request<T>(path, { method: 'POST', body, query }),
  put: <T>(path: string, body?: unknown, query?: Query) => request<T>(path, { method: 'PUT', body, query }),
  patch: <T>(path: string, body?: unknown) => request<T>(path, { method: 'PATCH', body }),
  delete: <T = void>(path: string, query?: Query) => request<T>(path, { method: 'DELETE', query }),
}

// ---------------------------------------------------------------------------------------------------------
// Downloads

/**
 * The file name of a Content-Disposition header: the RFC 5987 `filename*=UTF-8''…` form first (Chinese
 * names), then the plain `filename="…"`.
 */
export function filenameFromDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header)
  if (extended) {
    try {
      return decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''))
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*("((?:\\.|[^"\\])*)"|[^;]+)/i.exec(header)
  if (plain) return (plain[2] ?? plain[1]).replace(/\\(.)/g, '$1').trim()
  return undefined
}

export interface Download {
  blob: Blob
  filename?: string
  contentType: string
}

/**
 * Fetches a file (a report, an attachment) with the session's token. `onProgress` receives 0–100 as the bytes
 * arrive (only when the server sends Content-Length).
 */
export async function download(
  path: string,
  query?: Query,
  accept = '*/*',
  onProgress?: (percent: number) => void,
): Promise<Download> {
  const response = await send(path, { query }, accept)
  return {
    blob: onProgress ? await readWithProgress(response, onProgress) : await response.blob(),
    filename: filenameFromDisposition(response.headers.get('Content-Disposition')),
    contentType: response.headers.get('Content-Type') ?? 'application/octet-stream',
  }
}

async function readWithProgress(response: Response, onProgress: (percent: number) => void): Promise<Blob> {
  const total = Number(response.headers.get('Content-Length') ?? 0)
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream'
  if (!response.body || !total) return response.blob()
  const reader = response.body.getReader()
  const chunks: BlobPart[] = []
  let loaded = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    loaded += value.length
    onProgress(Math.min(100, Math.round((loaded / total) * 100)))
  }
  return new Blob(chunks, { type })
}

/** Hands a downloaded file to the browser as a save. */
export function saveDownload(file: Download, fallbackName = 'download'): void {
  const url = URL.createObjectURL(file.blob)
  const a = document.createElement('a')
  a.href = url
  a.download = file.filename ?? fallbackName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

// ---------------------------------------------------------------------------------------------------------
// Uploads

export interface UploadOptions {
  method?: 'POST' | 'PUT'
  query?: Query
  /** 0–100 as bytes go out. */
  onProgress?: (percent: number, loaded: number, total: number) => void
  signal?: AbortSignal
}

/** Sends FormData with upload progress; resolves to the parsed JSON answer (or undefined). */
export function upload<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  const { headers, withToken } = commonHeaders()
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open(options.method ?? 'POST', buildUrl(path, options.query))
    xhr.setRequestHeader('Accept', 'application/json')
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && options.onProgress) {
        options.onProgress(Math.round((event.loaded / event.total) * 100), event.loaded, event.total)
      }
    }
    xhr.onerror = () => reject(new ApiError(0))
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'))
    xhr.onload = () => {
      let body: unknown
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined
      } catch {
        body = undefined
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T)
        return
      }
      if (xhr.status === 401 && withToken) sessionEnded()
      const problem = (body && typeof body === 'object' ? body : {}) as ProblemDetails
      if (problem.retryAfterSeconds === undefined) {
        problem.retryAfterSeconds = retryAfterOf(xhr.getResponseHeader('Retry-After'))
      }
      reject(new ApiError(xhr.status, problem))
    }
    options.signal?.addEventListener('abort', () => xhr.abort())
    xhr.send(form)
  })
}
