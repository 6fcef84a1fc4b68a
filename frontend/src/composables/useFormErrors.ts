import { computed, reactive, ref } from 'vue'
import { ApiError } from '@/api/http'

/**
 * Server-side validation next to the fields. Bind `:error="errors['roles']"` on each `<el-form-item>`, and call
 * `capture(e)` in the submit's catch: field violations (`violations[].field`, paths like `days[2].date`) land
 * on their fields; what no field shows stays in `problem` for a `<ProblemAlert :error="problem"
 * :shown-fields="shownFields">`.
 *
 * `fields` lists the paths the form displays; without it every violation is taken as shown.
 */
export function useFormErrors(fields?: readonly string[]) {
  const errors = reactive<Record<string, string>>({})
  const problem = ref<unknown>(null)

  function clear(): void {
    for (const key of Object.keys(errors)) delete errors[key]
    problem.value = null
  }

  /** Clears one field's message (call on input, so a corrected field stops showing the old complaint). */
  function clearField(path: string): void {
    delete errors[path]
  }

  function shows(path: string): boolean {
    return !fields || fields.includes(path)
  }

  /** Applies a failed call to the form; returns true when it was a validation problem. */
  function capture(error: unknown): boolean {
    clear()
    problem.value = error
    if (!(error instanceof ApiError) || error.violations.length === 0) return false
    for (const [path, message] of Object.entries(error.fieldErrors())) {
      if (shows(path)) errors[path] = message
    }
    return true
  }

  const shownFields = computed(() => Object.keys(errors))
  const hasErrors = computed(() => problem.value !== null)

  return { errors, problem, capture, clear, clearField, shownFields, hasErrors }
}
