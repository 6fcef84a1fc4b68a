import { formatNumber } from '@/utils/format'

/** 523 B · 12 KB · 3.4 MB */
export function fileSize(bytes: number | undefined | null): string {
  const b = bytes ?? 0
  if (b < 1024) return `${b} B`
  if (b < 1024 * 1024) return `${formatNumber(b / 1024, 0)} KB`
  return `${formatNumber(b / 1024 / 1024, 1)} MB`
}
