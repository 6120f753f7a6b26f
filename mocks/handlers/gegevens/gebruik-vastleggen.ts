import { backend } from '../../state/backend'
import { PORTAAL } from '../../state/gegevens/gebruik-store'
import type { Toegang } from '../authorize'

export { PORTAAL }

const INZAGE = 'Algemene verordening gegevensbescherming, artikel 15 (recht op inzage)'
const GEZAG = 'Burgerlijk Wetboek Boek 1, artikel 245 (gezag over minderjarigen)'
const INTREKKEN = 'Algemene verordening gegevensbescherming, artikel 7, lid 3 (toestemming intrekken)'

/** Who acted, why, and on what ground: the owner, their gemachtigde or bewindvoerder, or a parent with gezag. */
function wie(toegang: Toegang, eigenaar: string) {
  const { principal } = toegang
  if (eigenaar !== toegang.bsn) {
    const ouder = toegang.gemachtigde ?? backend.gegevens.brp.volledigeNaam(principal.bsn) ?? principal.bsn
    return { rol: 'Uw ouder met gezag', grondslag: GEZAG, gemachtigde: ouder }
  }
  if (toegang.namens && toegang.gemachtigde) {
    return { rol: `Uw ${toegang.namens.rol}`, grondslag: toegang.namens.grondslag, gemachtigde: toegang.gemachtigde }
  }
  return { rol: 'U', grondslag: INZAGE }
}

/** A successful read of `gegevens` in this portal, on the log of `eigenaar` (the owner; a child for a parent). */
export function legInzageVast(toegang: Toegang, gegevens: readonly string[], eigenaar = toegang.bsn) {
  const { rol, grondslag, gemachtigde } = wie(toegang, eigenaar)
  backend.gegevens.gebruik.registreer(eigenaar, {
    organisatie: PORTAAL,
    gegevens,
    doel: `${rol} bekeek uw gegevens in Mijn Overheid`,
    grondslag,
    ...(gemachtigde ? { gemachtigde } : {}),
  })
}

/** A withdrawn toestemming: a change this portal made on the owner's behalf. */
export function legIntrekkingVast(toegang: Toegang, ontvanger: string, gegevens: readonly string[]) {
  backend.gegevens.gebruik.registreer(toegang.bsn, {
    organisatie: PORTAAL,
    gegevens,
    doel: `Toestemming ingetrokken: ${ontvanger} krijgt deze gegevens niet meer`,
    grondslag: INTREKKEN,
    ...(toegang.gemachtigde ? { gemachtigde: toegang.gemachtigde } : {}),
  })
}
