import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './app/App.vue'
import { createAppHttpClient } from './app/http'
import { firstLoadMessages } from './app/messages'
import { createAppRouter } from './app/router'
import { AUTH_DEPENDENCIES, readAuthConfig } from './features/auth'
import { HTTP_CLIENT } from './shared/http/http-client.key'
import { createAppI18n } from './shared/i18n'
import './theme/index.css'

const app = createApp(App)
const router = createAppRouter()

const authConfig = readAuthConfig(import.meta.env, window.location.origin)
app.provide(AUTH_DEPENDENCIES, {
  config: authConfig,
  loadUserManager: () => import('./features/auth/user-manager').then(({ createUserManager }) => createUserManager(authConfig)),
})
app.provide(HTTP_CLIENT, createAppHttpClient(router, import.meta.env.VITE_API_BASE_URL || '/api'))
app.use(createPinia())
app.use(createAppI18n(firstLoadMessages))
app.use(router)

await router.isReady()
app.mount('#app')
