/** The catalogue's filters as `useCursorList` keeps them in the address (strings; '' = no filter). */
export type FilterValues = {
  category: string
  agencyId: string
  includeSubagencies: string
  year: string
  topic: string
  validity: string
}

export const NO_FILTERS: FilterValues = { category: '', agencyId: '', includeSubagencies: '', year: '', topic: '', validity: '' }

/** Years a filter offers: this year back to 2006. */
export function filterYears(now = new Date()): string[] {
  const thisYear = now.getFullYear()
  return Array.from({ length: thisYear - 2005 }, (_, i) => String(thisYear - i))
}
