import { computed, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { getVocabulary, listCategories, type Category, type Vocabulary, type VocabularyTerm } from '@/api/items'

/**
 * The reference lists item screens share: categories (with published counts) and the vocabulary of topics,
 * channels, validity values, states and actions, with names in the current language. Loaded once per page
 * session and shared between views.
 */
const categories = shallowRef<Category[]>([])
const vocabulary = shallowRef<Vocabulary | null>(null)
let loading: Promise<void> | null = null
let includesInactive = false

export function useItemReference() {
  const { locale } = useI18n()
  const error = shallowRef<unknown>(null)

  /** Loads once; `force` reloads (after a category was changed). `inactive` also lists deactivated categories. */
  function load(force = false, inactive = false): Promise<void> {
    if (loading && !force && (!inactive || includesInactive)) return loading
    includesInactive = inactive
    loading = Promise.all([listCategories(inactive), getVocabulary()])
      .then(([c, v]) => {
        categories.value = c
        vocabulary.value = v
      })
      .catch((e) => {
        loading = null
        error.value = e
      })
    return loading
  }

  const isEnglish = computed(() => locale.value === 'en')

  function termName(list: VocabularyTerm[] | undefined, code: string | null | undefined): string {
    if (!code) return ''
    const term = list?.find((x) => x.code === code)
    if (!term) return code
    return (isEnglish.value ? term.nameEn : term.nameZh) ?? code
  }

  const categoryName = (code: string | null | undefined, fallback?: { nameZh?: string; nameEn?: string }): string => {
    const c = categories.value.find((x) => x.code === code)
    const zh = c?.nameZh ?? fallback?.nameZh
    const en = c?.nameEn ?? fallback?.nameEn
    return (isEnglish.value ? en : zh) ?? code ?? ''
  }

  /** Active categories grouped by scheme (national first), for selects. */
  const categoryGroups = computed(() => {
    const order = ['NATIONAL', 'LEGACY_2011', 'CUSTOM'] as const
    return order
      .map((scheme) => ({ scheme, options: categories.value.filter((c) => c.scheme === scheme && c.active !== false) }))
      .filter((g) => g.options.length > 0)
  })

  return {
    categories,
    vocabulary,
    error,
    load,
    categoryGroups,
    categoryName,
    topicName: (code?: string | null) => termName(vocabulary.value?.topics, code),
    channelName: (code?: string | null) => termName(vocabulary.value?.channels, code),
    validityName: (code?: string | null) => termName(vocabulary.value?.validities, code),
    statusName: (code?: string | null) => termName(vocabulary.value?.statuses, code),
    actionName: (code?: string | null) => termName(vocabulary.value?.actions, code),
  }
}
