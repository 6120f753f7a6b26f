import { describe, expect, it } from 'vitest'
import { features } from '@/app/features'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '@/app/router'
import { SCHERMEN, type Scherm, type SchermStaat } from './schermen'

/** Routes of the app that no screen of the catalogue (and so the audit) ends on. */
function nietBezocht(routeNamen: readonly string[], schermen: readonly Scherm[]): string[] {
  const bezocht = new Set(schermen.map((scherm) => scherm.route))
  return routeNamen.filter((naam) => !bezocht.has(naam))
}

const routeNamen = createAppRouter(features, { mergeLocaleMessage: () => undefined }, createMemoryHistory())
  .getRoutes()
  .map((route) => String(route.name))

describe('the audit visits every screen', () => {
  it('has a screen for every route of the app', () => {
    expect(routeNamen.length).toBeGreaterThan(20)
    expect(nietBezocht(routeNamen, SCHERMEN), 'Voeg een scherm toe aan src/app/schermen/schermen.ts').toEqual([])
  })

  it('fails when a route has no screen', () => {
    expect(nietBezocht(routeNamen, SCHERMEN.filter((scherm) => scherm.route !== 'zaak'))).toEqual(['zaak'])
  })

  it('names only routes that exist, each screen once', () => {
    expect(SCHERMEN.filter((scherm) => !routeNamen.includes(scherm.route)).map((scherm) => scherm.id)).toEqual([])
    expect(new Set(SCHERMEN.map((scherm) => scherm.id)).size).toBe(SCHERMEN.length)
  })

  it('covers the states a tester must see', () => {
    const staten: SchermStaat[] = ['leeg', 'fout', 'formulierfout', 'namens', 'sessiewaarschuwing', 'offline', 'hoger-niveau', 'bevestigen']
    for (const staat of staten) expect(SCHERMEN.some((scherm) => scherm.staat === staat), staat).toBe(true)
  })
})
