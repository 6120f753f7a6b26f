import type { Bericht } from './berichten.schemas'

/** A date `dagen` days from today, as the API writes dates ("2026-05-14"). */
export function datumOver(dagen: number): string {
  return new Date(Date.now() + dagen * 86_400_000).toISOString().slice(0, 10)
}

/** A letter as the Berichtenbox API returns it, for component tests; override what a test is about. */
export function testBericht(wijziging: Partial<Bericht> = {}): Bericht {
  return {
    berichtId: 'b-aanslag-2026',
    onderwerp: 'Voorlopige aanslag inkomstenbelasting 2026',
    afzender: 'Belastingdienst',
    publicatietijdstip: '2026-03-02T09:15:00+01:00',
    aantalBijlagen: 1,
    map: 'postvak',
    status: 'gelezen',
    type: 'beschikking',
    bewaartermijn: datumOver(400),
    inhoud: '<p>Geachte mevrouw El Amrani,</p><p>U krijgt een voorlopige aanslag.</p>',
    bijlagen: [{ bijlageId: 'aanslag', naam: 'Voorlopige aanslag 2026.pdf', mimeType: 'application/pdf', grootteInBytes: 48_200 }],
    ...wijziging,
  }
}
