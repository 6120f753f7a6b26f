import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import express, { type Router } from 'express'
import { readAuthConfig } from '../src/features/auth/auth.config'
import { localeFromCookie, pageFile, SHELL_PATH } from '../src/app/prerender/page-file'

/** The app's logged-out page, where DigiD sends the person back to (one definition: auth.config.ts). */
const LOGGED_OUT_PATH = new URL(readAuthConfig({}, 'http://app').postLogoutRedirectUri).pathname

/**
 * The built app: hashed assets cached for a year, everything else revalidated. A page navigation gets its
 * prerendered page in the chosen language (the `mo-taal` cookie) when the build wrote one, otherwise the frame
 * of the private pages, so deep links work (the router decides).
 */
export function staticApp(distDir: string): Router {
  const root = resolve(distDir)
  const indexFile = resolve(root, 'index.html')
  if (!existsSync(indexFile)) {
    throw new Error(`Geen gebouwde app in ${root}. Draai eerst "npm run build" (of gebruik "npm start").`)
  }
  const router = express.Router()
  router.use(
    express.static(root, {
      index: false,
      setHeaders: (res, filePath) => {
        const immutable = filePath.startsWith(resolve(root, 'assets'))
        res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      },
    }),
  )
  router.get('*', (req, res, next) => {
    if (!req.accepts('html')) return next()
    res.setHeader('Cache-Control', 'no-cache')
    res.setHeader('Vary', 'Cookie')
    // After logout the browser drops this origin's HTTP cache too; the app wipes storage itself (issue 6 §7).
    if (req.path === LOGGED_OUT_PATH) res.setHeader('Clear-Site-Data', '"cache"')
    res.sendFile(pageFor(root, req.path, localeFromCookie(req.headers.cookie)) ?? indexFile)
  })
  return router
}

function pageFor(root: string, path: string, locale: string): string | undefined {
  return [pageFile(path, locale), pageFile(SHELL_PATH, locale)].map((file) => resolve(root, file)).find((file) => existsSync(file))
}
