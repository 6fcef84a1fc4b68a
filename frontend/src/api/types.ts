/** Shared shapes of the API, taken from the generated OpenAPI types (`npm run gen:api`). */
import type { components } from './schema'

export type Schemas = components['schemas']

/** One page of a keyset-paged list: pass `nextCursor` back as `cursor` for the next page. */
export interface Page<T> {
  items: T[]
  nextCursor?: string | null
  size: number
}

/** Paging parameters every list endpoint takes. */
export interface PageParams {
  cursor?: string
  size?: number
}
