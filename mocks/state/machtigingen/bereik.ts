import type { Dienst } from '../../../src/features/machtigingen/machtigingen.schemas'
import type { Bereik, Organisaties } from '../vertegenwoordiging'

/** The API's `diensten` for a scope: services in a fixed order, without `organisaties` meaning all. */
export function dienstenVan(bereik: Bereik): Dienst[] {
  const diensten: Dienst[] = []
  const metOrganisaties = (organisaties: Organisaties) => (organisaties === 'alle' ? {} : { organisaties: [...organisaties] })
  if (bereik.berichten) diensten.push({ dienst: 'berichten', ...metOrganisaties(bereik.berichten) })
  if (bereik.zaken) diensten.push({ dienst: 'zaken', ...metOrganisaties(bereik.zaken) })
  if (bereik.gegevens?.length) diensten.push({ dienst: 'gegevens', onderdelen: [...bereik.gegevens] })
  return diensten
}

/** The other way round, for a new machtiging. */
export function bereikVan(diensten: readonly Dienst[]): Bereik {
  const bereik: { -readonly [K in keyof Bereik]: Bereik[K] } = {}
  for (const dienst of diensten) {
    if (dienst.dienst === 'gegevens') bereik.gegevens = [...new Set([...(bereik.gegevens ?? []), ...dienst.onderdelen])]
    else bereik[dienst.dienst] = samen(bereik[dienst.dienst], dienst.organisaties ?? 'alle')
  }
  return bereik
}

/** What several machtigingen of the same two people cover together. */
export function samenvoegen(bereiken: readonly Bereik[]): Bereik {
  const geheel: { -readonly [K in keyof Bereik]: Bereik[K] } = {}
  for (const bereik of bereiken) {
    if (bereik.berichten) geheel.berichten = samen(geheel.berichten, bereik.berichten)
    if (bereik.zaken) geheel.zaken = samen(geheel.zaken, bereik.zaken)
    if (bereik.gegevens) geheel.gegevens = [...new Set([...(geheel.gegevens ?? []), ...bereik.gegevens])]
  }
  return geheel
}

function samen(een: Organisaties | undefined, ander: Organisaties): Organisaties {
  if (een === undefined) return ander === 'alle' ? ander : [...new Set(ander)]
  if (een === 'alle' || ander === 'alle') return 'alle'
  return [...new Set([...een, ...ander])]
}
