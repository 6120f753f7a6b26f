/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { prerender } from './scripts/prerender/plugin'
import { appManifest } from './src/app/pwa/manifest'

const DEV_ORIGIN = 'http://localhost:5173'

/** `npm run dev` gets the same mock backend as `npm start`: one set of mocks everywhere. */
function mockBackend(): Plugin {
  return {
    name: 'mijn-overheid-mock-backend',
    apply: 'serve',
    async configureServer(server) {
      // Unit tests bring their own msw/node server; the browser mocks are for `npm run dev`.
      if (process.env.MOCKS === 'off' || process.env.VITEST) return
      const [{ default: express }, { createMockBackend }] = await Promise.all([
        import('express'),
        import('./server/mock-backend'),
      ])
      // An express app passes unmatched requests on to Vite through connect's next().
      server.middlewares.use(express().use(await createMockBackend(DEV_ORIGIN)))
    },
  }
}

/**
 * `BUILD_ID=… vite build` names the build in `<meta name="build-id">`: the e2e update test tells its two builds
 * apart by it, and support can ask which version a device runs. Unset, nothing is added: the same source builds
 * the same files, so nobody gets an update prompt for a build that changed nothing.
 */
function buildId(): Plugin {
  const id = process.env.BUILD_ID
  return {
    name: 'mijn-overheid-build-id',
    apply: 'build',
    transformIndexHtml: () => (id ? [{ tag: 'meta', attrs: { name: 'build-id', content: id }, injectTo: 'head' }] : []),
  }
}

export default defineConfig({
  plugins: [
    // Every component uses <script setup>: without the Options API Vue's runtime is smaller.
    vue({ features: { optionsAPI: false } }),
    mockBackend(),
    buildId(),
    // Before VitePWA: its precache list (made at closeBundle) must hold the prerendered pages.
    prerender(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/app/pwa',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: appManifest,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
      },
    }),
  ],
  define: {
    // vue-i18n: Composition API only, no devtools: keeps the first load small.
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { host: 'localhost', port: 5173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks each route view loads, for the bench (not served: a dot folder).
    manifest: true,
    // Every browser we support knows <link rel="modulepreload"> (Chromium, Firefox 115+, Safari 17+); an older one
    // loads the same modules, only without the hint. The polyfill would cost the first load 0.4 KB.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The libraries every page needs go in one chunk: fewer requests, better compression.
        // Libraries that only some pages use (oidc-client-ts, DOMPurify) stay lazy.
        codeSplitting: {
          groups: [
            { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|vue-i18n|@intlify|pinia|@vueuse|valibot)[\\/]/, priority: 2 },
            // Every module the first load needs in one chunk: two dozen tiny chunks compress worse and cost requests.
            { name: 'shell', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'happy-dom',
          include: ['src/**/*.test.ts'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'mocks', environment: 'node', include: ['mocks/**/*.test.ts', 'server/**/*.test.ts', 'eslint/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
    ],
  },
})
