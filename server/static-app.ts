import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import express, { type Router } from 'express'

/**
 * The built app: hashed assets cached for a year, everything else revalidated, and every other
 * page navigation answered with index.html so deep links work (the router decides).
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
    res.sendFile(indexFile)
  })
  return router
}
