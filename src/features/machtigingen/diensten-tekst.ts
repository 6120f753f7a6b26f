import type { Dienst } from './machtigingen.schemas'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** "SVB en Belastingdienst": a list as the language writes it. */
const opsomming = (items: readonly string[], locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items)

/**
 * One line per service a machtiging covers ("Berichtenbox: post van SVB en Belastingdienst"); the texts are in
 * diensten.messages.ts, which whoever shows these lines merges first.
 */
export function dienstRegels(diensten: readonly Dienst[], t: Translate, locale: string): string[] {
  return diensten.map((dienst) => {
    if (dienst.dienst === 'gegevens') {
      const onderdelen = dienst.onderdelen.map((onderdeel) => t(`namensDiensten.onderdelen.${onderdeel}`))
      return t('namensDiensten.gegevens', { onderdelen: opsomming(onderdelen, locale) })
    }
    if (!dienst.organisaties) return t(`namensDiensten.${dienst.dienst}Alle`)
    return t(`namensDiensten.${dienst.dienst}`, { organisaties: opsomming(dienst.organisaties, locale) })
  })
}
