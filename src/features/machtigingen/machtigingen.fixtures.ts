import type { Handeling, Machtiging } from './machtigingen.schemas'

/** Test data in the shapes the API answers (component tests that need no server). */
export function testMachtiging(overrides: Partial<Machtiging> = {}): Machtiging {
  return {
    id: 'm-1',
    richting: 'gegeven',
    soort: 'machtiging',
    volmachtgever: { burgerservicenummer: '999990032', naam: 'Anna de Vries-Bakker' },
    gemachtigde: { burgerservicenummer: '999990020', naam: 'Pieter de Vries' },
    diensten: [{ dienst: 'berichten', organisaties: ['SVB', 'Belastingdienst'] }, { dienst: 'zaken', organisaties: ['Gemeente Amersfoort'] }],
    geldigVanaf: '2026-04-01',
    geldigTot: '2027-09-30',
    status: 'actief',
    aangemaaktOp: '2026-04-01T10:00:00Z',
    intrekbaar: true,
    ...overrides,
  }
}

export function testHandeling(overrides: Partial<Handeling> = {}): Handeling {
  return {
    id: 'h-1',
    tijdstip: '2026-11-20T09:15:00Z',
    laatstOp: '2026-11-20T09:15:00Z',
    aantal: 1,
    gemachtigde: { naam: 'Pieter de Vries' },
    actie: 'Bericht verplaatst naar het archief',
    gegevens: 'Bericht van de Belastingdienst: Voorlopige aanslag 2027',
    toegestaan: true,
    ...overrides,
  }
}
