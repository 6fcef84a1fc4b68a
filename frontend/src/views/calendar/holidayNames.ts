/**
 * The State Council's notices name holidays in Chinese (“国庆节”, sometimes “国庆节、中秋节”). In English the
 * known names are translated through the `calendar.holidays.*` messages; any other name is shown as written.
 */
const IDS: Record<string, string> = {
  元旦: 'newYear',
  春节: 'springFestival',
  清明节: 'qingming',
  劳动节: 'labourDay',
  端午节: 'dragonBoat',
  中秋节: 'midAutumn',
  国庆节: 'nationalDay',
}

export function holidayLabel(
  name: string | null | undefined,
  t: (key: string) => string,
  locale: string,
): string {
  if (!name) return ''
  if (locale.startsWith('zh')) return name
  return name
    .split(/[、,，]/)
    .map((part) => (IDS[part.trim()] ? t(`calendar.holidays.${IDS[part.trim()]}`) : part.trim()))
    .join(' / ')
}
