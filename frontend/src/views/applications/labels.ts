/** Display helpers shared by the application views: colours and texts of statuses, urgency and deadlines. */
import type { ApplicationStatus, BilingualText, Urgency } from '@/api/applications'

type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export function statusTagType(status: ApplicationStatus | undefined): TagType {
  switch (status) {
    case 'RECEIVED':
      return 'primary'
    case 'CLARIFICATION_REQUESTED':
    case 'IN_CONSULTATION':
    case 'AWAITING_FEE':
      return 'warning'
    case 'DECIDED':
    case 'DELIVERED':
    case 'CLOSED':
      return 'success'
    default:
      return 'info'
  }
}

export function urgencyTagType(urgency: Urgency | undefined): TagType {
  switch (urgency) {
    case 'OVERDUE':
      return 'danger'
    case 'DUE_SOON':
      return 'warning'
    case 'ON_TRACK':
      return 'success'
    case 'CONCLUDED':
      return 'info'
    default:
      return 'primary'
  }
}

/** The explanation text in the current language. */
export function bilingual(text: BilingualText | undefined, locale: string): string {
  if (!text) return ''
  return (locale === 'en' ? text.en : text.zh) ?? ''
}
