import type { GegevensOnderdeel } from '../../src/features/machtigingen/machtigingen.schemas'

/**
 * What a machtiging or bewind covers, as the mock backend keeps it (the API shows it as `diensten`).
 * The machtigingen themselves live in state/machtigingen/; every request asks them through authorize().
 */
export type { GegevensOnderdeel }
export { GEGEVENS_ONDERDELEN } from '../../src/features/machtigingen/machtigingen.schemas'

/** The parts of the portal a machtiging can cover. */
export type Onderdeel = 'berichten' | 'zaken' | 'gegevens'

/** 'alle' or the organisations it is limited to (the afzender of a bericht, the organisation of a zaak). */
export type Organisaties = 'alle' | readonly string[]

export interface Bereik {
  berichten?: Organisaties
  zaken?: Organisaties
  gegevens?: readonly GegevensOnderdeel[]
}

/** Organisation names compare without case, as the berichten store does. */
export function valtBinnen(organisaties: Organisaties | undefined, organisatie: string | undefined): boolean {
  if (organisaties === undefined) return false
  if (organisaties === 'alle' || organisatie === undefined) return true
  return organisaties.some((naam) => naam.toLowerCase() === organisatie.toLowerCase())
}
