import type { Schemas } from '@/api/types'

/** A message the server gives in both languages. */
export type Text = Schemas['Text']
