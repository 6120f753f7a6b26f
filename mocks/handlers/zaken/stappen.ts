import type { Zaaktype } from '../../state/zaken/types'
import { zaaktypeStatustypeUrl } from '../../state/zaken/weergave'

/** The statustypen of a zaaktype, each recognised by its omschrijving (any case) or its URL. */
export function zaaktypeStappen(zaaktype: Zaaktype) {
  return zaaktype.stappen.map((stap, index) => {
    const url = zaaktypeStatustypeUrl(zaaktype, index)
    return { omschrijving: stap.omschrijving, past: (naam: string) => naam === url || naam.toLowerCase() === stap.omschrijving.toLowerCase() }
  })
}
