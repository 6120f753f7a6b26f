import { flushPromises, mount } from '@vue/test-utils'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { useAuthStore } from '@/features/auth'
import { useNamensStore } from '@/shared/namens/namens.store'
import type { TestPersoon } from '@/test/app-context'
import { expectNoAxeViolations } from '@/test/axe'
import { getByRole, queryAllByRole } from '@/test/by-role'
import { BSN, machtigingenContext, useMachtigingenServer } from '../machtigingen.test-context'
import VoorWieView from './VoorWieView.vue'

const server = useMachtigingenServer()

async function render(persoon: TestPersoon) {
  const context = await machtigingenContext('/machtigingen/voor-wie', persoon)
  // The shell starts the context from the `represents` claim.
  if (persoon === 'pieterVoorAnna') useNamensStore(context.pinia).begin(BSN.anna)
  mount(VoorWieView, { global: context.global, attachTo: document.body })
  const wissel = vi.spyOn(useAuthStore(context.pinia), 'wisselVertegenwoordiging')
  await flushPromises()
  return { ...context, wissel }
}

const body = () => document.body
const knoppen = () => queryAllByRole(body(), 'button').map((knop) => knop.textContent?.replace(/\s+/g, ' ').trim())
const keuzes = () => queryAllByRole(body(), 'listitem').map((item) => item.textContent?.replace(/\s+/g, ' ').trim())

describe('VoorWieView', () => {
  it('offers Pieter, acting for himself, to act for Anna', async () => {
    await render('pieter')
    expect(keuzes()).toEqual(['Voor mijzelf (nu gekozen)', 'Zaken regelen voor Anna de Vries-Bakker'])
    expect(knoppen()).toEqual(['Zaken regelen voor Anna de Vries-Bakker'])
    await expectNoAxeViolations(body())
  })

  it('while acting for Anna: marks her as chosen, and switches back to himself, busy meanwhile', async () => {
    const { wissel } = await render('pieterVoorAnna')
    expect(keuzes()).toEqual(['Voor mijzelf', 'Anna de Vries-Bakker (nu gekozen)'])
    // DigiD takes over the page: the promise does not settle here.
    wissel.mockReturnValue(new Promise<void>(() => undefined))
    getByRole(body(), 'button', 'Voor mijzelf').click()
    await flushPromises()
    expect(wissel).toHaveBeenCalledWith(null)
    const knop = getByRole(body(), 'button', 'Bezig met wisselen…')
    expect(knop.getAttribute('aria-disabled')).toBe('true')
    knop.click()
    expect(wissel).toHaveBeenCalledTimes(1)
    await expectNoAxeViolations(body())
  })

  it('lists the clients of Ruud as beschermingsbewind', async () => {
    await render('ruud')
    const regelen = knoppen().filter((tekst) => tekst?.startsWith('Zaken regelen voor'))
    expect(regelen).toHaveLength(3)
    expect(regelen.every((tekst) => tekst?.endsWith('(beschermingsbewind)'))).toBe(true)
    await expectNoAxeViolations(body())
  })

  it('says clearly when DigiD cannot be reached, and lets the person try again', async () => {
    const { wissel } = await render('pieter')
    wissel.mockRejectedValue(new Error('DigiD niet bereikbaar'))
    getByRole(body(), 'button', 'Zaken regelen voor Anna de Vries-Bakker').click()
    await flushPromises()
    expect(wissel).toHaveBeenCalledWith(BSN.anna)
    expect(getByRole(body(), 'alert').textContent).toContain('Wisselen is niet gelukt. DigiD is nu niet bereikbaar.')
    expect(getByRole(body(), 'button', 'Zaken regelen voor Anna de Vries-Bakker').getAttribute('aria-disabled')).toBeNull()
    await expectNoAxeViolations(body())
  })

  it('tells Noor she cannot act for anyone else', async () => {
    await render('noor')
    expect(body().textContent).toContain('U kunt nu voor niemand anders zaken regelen.')
    expect(knoppen()).toEqual([])
    await expectNoAxeViolations(body())
  })

  it('says when the list cannot be fetched, with a retry', async () => {
    server.use(http.get('*/api/machtigingen/_voor-wie', () => HttpResponse.json({ title: 'Storing' }, { status: 500 })))
    await render('pieter')
    await vi.waitFor(() => expect(queryAllByRole(body(), 'button', 'Probeer opnieuw')).toHaveLength(1))
    await expectNoAxeViolations(body())
  })
})
