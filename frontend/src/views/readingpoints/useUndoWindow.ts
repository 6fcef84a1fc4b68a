import { computed, onBeforeUnmount, ref, shallowRef } from 'vue'

/**
 * Keeps the last thing done for a short while so it can be undone: `remember(x)` starts the window,
 * `take()` hands it back (once) while the window is open. `secondsLeft` counts down for the button's label.
 */
export function useUndoWindow<T>(windowMs = 60_000, now: () => number = Date.now) {
  const last = shallowRef<T | null>(null)
  const until = ref(0)
  const tick = ref(now())
  const timer = setInterval(() => (tick.value = now()), 1000)
  onBeforeUnmount(() => clearInterval(timer))

  const secondsLeft = computed(() => (last.value === null ? 0 : Math.max(0, Math.ceil((until.value - tick.value) / 1000))))
  const canUndo = computed(() => secondsLeft.value > 0)

  function remember(value: T): void {
    last.value = value
    until.value = now() + windowMs
    tick.value = now()
  }

  /** The remembered value if the window is still open (and forgets it); otherwise null. */
  function take(): T | null {
    tick.value = now()
    const value = last.value !== null && now() < until.value ? last.value : null
    last.value = null
    return value
  }

  function forget(): void {
    last.value = null
  }

  return { last, secondsLeft, canUndo, remember, take, forget }
}
