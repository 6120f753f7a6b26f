/**
 * Does on a screen what a person would do, for the screens overview: press a button or link, type in a field,
 * choose an option. It finds them by their visible text, as a person does, and waits for them to appear.
 */
import type { SchermActie } from './schermen'

const WACHT_MS = 15_000

const tekstVan = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim()
const zichtbaar = (element: Element) => element.getClientRects().length > 0
const pauze = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls until `zoek` finds something; the error names what was looked for. */
export async function wachtOp<T>(omschrijving: string, zoek: () => T | null | undefined, ms = WACHT_MS): Promise<T> {
  const tot = Date.now() + ms
  for (;;) {
    const gevonden = zoek()
    if (gevonden) return gevonden
    if (Date.now() > tot) throw new Error(`Niet gevonden: ${omschrijving}`)
    await pauze(100)
  }
}

/** The main heading, or an open dialog's heading, that starts with this text. */
export function vindKop(kop: string): HTMLElement | null {
  const koppen = [...document.querySelectorAll<HTMLElement>('h1, dialog[open] h2')]
  return koppen.find((element) => zichtbaar(element) && tekstVan(element).startsWith(kop)) ?? null
}

export function zichtbaarElement(selector: string): Element | null {
  return [...document.querySelectorAll(selector)].find(zichtbaar) ?? null
}

/** Waits until nothing on the page says it is busy (aria-busy), after Vue has rendered. */
export async function wachtTotKlaar(): Promise<void> {
  await pauze(50)
  await wachtOp('een pagina die klaar is met laden', () => document.querySelector('[aria-busy="true"]') === null)
}

function knop(naam: string): HTMLElement | null {
  const kandidaten = [...document.querySelectorAll<HTMLElement>('button, a[href]')].filter(zichtbaar)
  const exact = kandidaten.find((element) => tekstVan(element) === naam)
  return exact ?? kandidaten.find((element) => tekstVan(element).startsWith(naam) || (element.getAttribute('aria-label') ?? '').startsWith(naam)) ?? null
}

function veld(label: string): HTMLInputElement | HTMLTextAreaElement | null {
  const labels = [...document.querySelectorAll('label')].filter((element) => zichtbaar(element) || element.control !== null)
  const control = labels.find((element) => tekstVan(element).startsWith(label))?.control
  return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement ? control : null
}

async function klik(naam: string): Promise<void> {
  const element = await wachtOp(`knop of link "${naam}"`, () => knop(naam))
  const adres = window.location.href
  element.click()
  // A press either moves on (another page, the element gone) or changes this page (errors, a dialog).
  const tot = Date.now() + 1_500
  while (Date.now() < tot && window.location.href === adres && element.isConnected) await pauze(50)
}

export async function voerUit(actie: SchermActie): Promise<void> {
  if ('klik' in actie) await klik(actie.klik)
  else if ('vul' in actie) {
    const control = await wachtOp(`veld "${actie.vul}"`, () => veld(actie.vul))
    control.value = actie.met
    control.dispatchEvent(new Event('input', { bubbles: true }))
  } else {
    const control = await wachtOp(`keuze "${actie.kies}"`, () => veld(actie.kies))
    if (!(control instanceof HTMLInputElement && control.checked)) control.click()
  }
  await wachtTotKlaar()
}
