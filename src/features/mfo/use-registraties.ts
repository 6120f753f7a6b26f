import { computed } from 'vue'
import { useLoader } from '@/shared/load/use-loader'
import type { GekozenGegeven } from './correctie-concept'
import type { mfoApi } from './mfo.api'
import type { RegistratieKeuze } from './mfo.schemas'

/** Where "Klopt dit niet?" on the Gegevens page points: the registration and the item, and whose (never the value). */
export interface Aanwijzing {
  registratie?: string
  gegeven?: string
  /** Someone else's value (a child): from the link's history state, so no BSN is in the URL. */
  burgerservicenummer?: string
  wie?: string
}

/** The values the person can report, per registration, as the service lists them. */
export function useRegistraties(api: ReturnType<typeof mfoApi>) {
  const lijst = useLoader(() => 'registraties', (_sleutel, signal) => api.registraties(signal))
  const registraties = computed<RegistratieKeuze[]>(() => lijst.data.value?.registraties ?? [])

  function gekozen(id: string): GekozenGegeven | null {
    for (const registratie of registraties.value) {
      const gegeven = registratie.gegevens.find((kandidaat) => kandidaat.id === id)
      if (gegeven) return { ...gegeven, registratieNaam: registratie.naam, bronhouder: registratie.bronhouder }
    }
    return null
  }

  /** The one value the link points at, or null when it is not one (then she chooses herself). */
  function aangewezen(aanwijzing: Aanwijzing, eigenBsn: string): GekozenGegeven | null {
    if (!aanwijzing.gegeven) return null
    const gegevens = registraties.value.filter((kandidaat) => kandidaat.registratie === aanwijzing.registratie).flatMap((kandidaat) => kandidaat.gegevens)
    const kandidaten = gegevens.filter((gegeven) => {
      if (gegeven.gegeven !== aanwijzing.gegeven) return false
      if (aanwijzing.burgerservicenummer) return gegeven.burgerservicenummer === aanwijzing.burgerservicenummer
      if (aanwijzing.wie) return gegeven.burgerservicenummer !== undefined && gegeven.burgerservicenummer !== eigenBsn
      return gegeven.burgerservicenummer === undefined || gegeven.burgerservicenummer === eigenBsn
    })
    const enige = kandidaten.length === 1 ? kandidaten[0] : undefined
    return enige ? gekozen(enige.id) : null
  }

  return { lijst, registraties, gekozen, aangewezen }
}
