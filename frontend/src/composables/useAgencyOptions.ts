import { computed, ref, shallowRef } from 'vue'
import { getAgencyTree, type Agency, type AgencyNode } from '@/api/agencies'

export interface AgencyOption {
  value: number
  label: string
  disabled?: boolean
  children?: AgencyOption[]
}

/** Tree-select options from the agency tree; inactive agencies are shown but cannot be picked. */
export function toAgencyOptions(nodes: AgencyNode[], exclude?: number): AgencyOption[] {
  return nodes
    .filter((n) => n.agency.id !== exclude)
    .map((n) => ({
      value: n.agency.id!,
      label: n.agency.name!,
      disabled: n.agency.active === false,
      children: n.children?.length ? toAgencyOptions(n.children, exclude) : undefined,
    }))
}

/** Every agency of a tree, depth first. */
export function flattenAgencies(nodes: AgencyNode[]): Agency[] {
  return nodes.flatMap((n) => [n.agency, ...flattenAgencies(n.children ?? [])])
}

/** The agency tree, loaded once per view, for pickers and name look-ups. */
export function useAgencyOptions() {
  const tree = shallowRef<AgencyNode[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)

  async function load(): Promise<void> {
    loading.value = true
    error.value = null
    try {
      tree.value = await getAgencyTree()
    } catch (e) {
      error.value = e
    } finally {
      loading.value = false
    }
  }

  const byId = computed(() => new Map(flattenAgencies(tree.value).map((a) => [a.id!, a])))
  const options = computed(() => toAgencyOptions(tree.value))
  const nameOf = (id: number | null | undefined) => (id == null ? '' : (byId.value.get(id)?.name ?? `#${id}`))

  return { tree, options, byId, nameOf, loading, error, load }
}
