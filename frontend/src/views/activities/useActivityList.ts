import { ref } from 'vue'
import { deleteActivity, listActivities, type ActivityPath } from '@/api/activities'
import { useCursorList } from '@/composables/useCursorList'
import { useAuthStore } from '@/stores/auth'

/** The list of one kind of activity record, filtered by agency and year, with deletion for editors. */
export function useActivityList<T extends { id?: number; version?: number }>(path: ActivityPath) {
  const auth = useAuthStore()
  const canWrite = auth.hasRole('ADMIN', 'EDITOR')
  const actionError = ref<unknown>(null)
  const list = useCursorList<T, { agencyId: string; year: string }>((p) => listActivities<T>(path, p), {
    filters: { agencyId: '', year: '' },
  })

  async function remove(row: T): Promise<void> {
    actionError.value = null
    try {
      await deleteActivity(path, row.id!, row.version!)
      await list.reload()
    } catch (e) {
      actionError.value = e
    }
  }

  return { list, canWrite, actionError, remove }
}
