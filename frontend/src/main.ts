import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n, rememberedLocale, setLocale } from './i18n'
import { router } from './router'
import { installSessionWatch } from './router/session'
import './styles/base.css'
import './styles/print.css'

async function start(): Promise<void> {
  const app = createApp(App)
  app.use(createPinia())
  app.use(i18n)
  await setLocale(rememberedLocale())
  app.use(router)
  installSessionWatch(router)
  await router.isReady()
  app.mount('#app')
}

void start()
