import { reactive, ref, shallowRef, type UnwrapRef } from 'vue'
import { useFormErrors } from '@/composables/useFormErrors'

/**
 * A create/edit dialog over a list: open it empty or filled from a row, submit, show the server's field
 * messages next to the fields, close and reload on success. `save` receives the form and the row being
 * edited (null when creating) and sends the version read.
 */
export function useEditDialog<Row, Form extends object>(options: {
  empty: () => Form
  fromRow: (row: Row) => Form
  save: (form: UnwrapRef<Form>, editing: Row | null) => Promise<unknown>
  fields: readonly string[]
  onSaved: () => unknown
}) {
  const visible = ref(false)
  const editing = shallowRef<Row | null>(null)
  const form = reactive(options.empty()) as UnwrapRef<Form>
  const busy = ref(false)
  const { errors, problem, capture, clear, shownFields } = useFormErrors(options.fields)

  function fill(values: Form): void {
    Object.assign(form as object, values)
  }

  function openCreate(): void {
    editing.value = null
    clear()
    fill(options.empty())
    visible.value = true
  }

  function openEdit(row: Row): void {
    editing.value = row
    clear()
    fill(options.fromRow(row))
    visible.value = true
  }

  async function submit(): Promise<boolean> {
    busy.value = true
    clear()
    try {
      await options.save(form, editing.value)
      visible.value = false
      await options.onSaved()
      return true
    } catch (e) {
      capture(e)
      return false
    } finally {
      busy.value = false
    }
  }

  return { visible, editing, form, busy, errors, problem, shownFields, openCreate, openEdit, submit }
}
