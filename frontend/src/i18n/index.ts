/**
 * vue-i18n set-up. Messages live in one JSON file per namespace and language:
 * `locales/<lang>/<namespace>.json`, addressed as `t('<namespace>.<key>')`. A feature adds its own files and
 * touches nothing shared: files are found by `import.meta.glob` and merged by file name. Chinese, the default,
 * is bundled; other languages load when first chosen.
 */
import { createI18n } from 'vue-i18n'

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'zh-CN'
const STORAGE_KEY = 'gongkai.locale'

// A message tree as read from JSON (strings, nested objects); vue-i18n checks the shape at run time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Messages = Record<string, any>
type Loader = () => Promise<unknown>

/** `{ './locales/en/common.json': {...} }` → `{ common: {...} }` */
export function mergeNamespaces(modules: Record<string, unknown>): Record<string, Messages> {
  const merged: Record<string, Messages> = {}
  for (const [path, messages] of Object.entries(modules)) {
    const ns = path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '')
    merged[ns] = messages as Messages
  }
  return merged
}

const bundled = import.meta.glob<Messages>('./locales/zh-CN/*.json', { eager: true, import: 'default' })
const lazy: Record<string, Loader> = import.meta.glob(['./locales/*/*.json', '!./locales/zh-CN/*.json'], {
  import: 'default',
})

export const i18n = createI18n({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  messages: { [DEFAULT_LOCALE]: mergeNamespaces(bundled) } as Record<string, Messages>,
  // Numbers and dates are formatted with Intl in utils/format.ts.
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
})

const loaded = new Set<string>([DEFAULT_LOCALE])

async function loadLocale(locale: AppLocale): Promise<void> {
  if (loaded.has(locale)) return
  const prefix = `./locales/${locale}/`
  const entries = Object.entries(lazy).filter(([path]) => path.startsWith(prefix))
  const modules = Object.fromEntries(await Promise.all(entries.map(async ([path, load]) => [path, await load()])))
  i18n.global.setLocaleMessage(locale, mergeNamespaces(modules))
  loaded.add(locale)
}

export function isSupportedLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

export function currentLocale(): AppLocale {
  return i18n.global.locale.value as AppLocale
}

/** Switches the language everywhere: messages, `<html lang>`, the remembered choice. */
export async function setLocale(locale: AppLocale): Promise<void> {
  await loadLocale(locale)
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** The language remembered from an earlier visit, else the default (Chinese). */
export function rememberedLocale(): AppLocale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (isSupportedLocale(saved)) return saved
  } catch {
    // ignore
  }
  return DEFAULT_LOCALE
}
