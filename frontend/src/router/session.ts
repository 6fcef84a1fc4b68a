import { watch } from 'vue'
import type { Router } from 'vue-router'
import { useAuthStore } from '@/stores/auth'

/**
 * When the session ends while a staff page is open (the token expired, or the server answered 401), send the
 * user to the sign-in page with a way back. Signing out on purpose leads to the sign-in page too.
 */
export function installSessionWatch(router: Router): void {
  const auth = useAuthStore()
  watch(
    () => auth.isSignedIn,
    (signedIn) => {
      if (signedIn) return
      const current = router.currentRoute.value
      if (!current.matched.some((r) => r.meta.requiresAuth)) return
      const query: Record<string, string> = {}
      if (auth.lastLogoutReason === 'expired') {
        query.redirect = current.fullPath
        query.expired = '1'
      }
      void router.replace({ name: 'login', query })
    },
  )
}
