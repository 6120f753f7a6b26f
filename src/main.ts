import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './app/App.vue'
import { createAppHttpClient } from './app/http'
import { features } from './app/features'
import { createLocaleLoader, firstLoadMessagesNl } from './app/messages'
import { createAppRouter } from './app/router'
import { AUTH_DEPENDENCIES, authDependencies, readAuthConfig } from './features/auth'
import { FEATURES } from './shared/feature'
import { HTTP_CLIENT } from './shared/http/http-client.key'
import { createAppI18n, LOCALE_LOADER } from './shared/i18n'
import { createServerClock, SERVER_CLOCK } from './shared/time/server-clock'
import './theme/index.css'

const app = createApp(App)
const i18n = createAppI18n({ nl: firstLoadMessagesNl, en: {} })
const loadLocale = createLocaleLoader(i18n.global)
app.provide(LOCALE_LOADER, loadLocale)
const router = createAppRouter(features, i18n.global)
app.provide(FEATURES, features)

const authConfig = readAuthConfig(import.meta.env, window.location.origin)
app.provide(AUTH_DEPENDENCIES, authDependencies(authConfig))
const serverClock = createServerClock()
app.provide(SERVER_CLOCK, serverClock)
app.provide(HTTP_CLIENT, createAppHttpClient(router, import.meta.env.VITE_API_BASE_URL || '/api', serverClock))
app.use(createPinia())
app.use(i18n)
app.use(router)

// Someone who chose English gets it from the first paint; should it fail to load, Dutch shows (the fallback).
await Promise.all([router.isReady(), loadLocale(i18n.global.locale.value).catch(() => undefined)])
app.mount('#app')
