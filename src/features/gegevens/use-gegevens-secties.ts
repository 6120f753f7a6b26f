import { computed, type ComputedRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useAuthStore } from '@/features/auth'
import { dutchDay } from '@/shared/format/format'
import { useHttpClient } from '@/shared/http/http-client.key'
import { useLoader } from '@/shared/load/use-loader'
import { useNamensStore } from '@/shared/namens/namens.store'
import { useServerNow } from '@/shared/time/server-clock'
import { brpBlokken, kindBlokken } from './brp-blokken'
import { diplomaBlokken, inkomenBlokken, voertuigBlokken, woningBlokken } from './bron-blokken'
import { bronContact, brpBron, type BronContact } from './bron-contact'
import { naamTekst } from './brp-weergave'
import { gegevensApi } from './gegevens.api'
import type { BronSleutel, GegevensBlok, Tekst } from './gegevens-blok'
import type { Bron, Voertuigen } from './gegevens.schemas'

interface LoaderState<T> {
  data: Readonly<Ref<T | null>>
  loading: Readonly<Ref<boolean>>
  error: Readonly<Ref<unknown>>
  busy: Readonly<Ref<'true' | undefined>>
  reload: () => Promise<void>
}

/** One section of the page: its own loader, so one source failing leaves the others alone. */
export interface GegevensSectie {
  id: string
  titel: string
  uitleg?: string
  bron: Bron | null
  /** How to reach the source, also when it did not answer (from the app's own list). */
  contact: BronContact | null
  blokken: GegevensBlok[]
  /** The BRP answered but its address history did not: the section shows the rest and says so. */
  historieMislukt?: boolean
  /** Shown when the source answered but has nothing on this person. */
  leeg?: string
  /** The source answered (possibly with nothing). */
  geladen: boolean
  loading: boolean
  error: unknown
  busy: 'true' | undefined
  reload: () => Promise<void>
  voertuigen?: Voertuigen
}

/** Every source on the Gegevens page, each loading on its own, and the children the person has gezag over. */
export function useGegevensSecties(): ComputedRef<GegevensSectie[]> {
  const api = gegevensApi(useHttpClient())
  const auth = useAuthStore()
  const i18n = useI18n()
  const nu = useServerNow()
  const tekst = computed<Tekst>(() => ({ t: i18n.t, locale: i18n.locale.value }))
  const namens = useNamensStore()
  // Whose data; for someone acting for another, only the sources the machtiging covers are asked (and shown).
  const bsnVoor = (onderdeel: string) => () => (namens.mag('gegevens', onderdeel) ? auth.subjectBsn : null)

  const brp = useLoader(bsnVoor('brp'), async (wie, signal) => {
    // Earlier addresses are a separate question to the BRP: when only that fails, the rest still shows.
    const [persoon, historie] = await Promise.all([
      api.eigenPersoon(wie, signal),
      api.verblijfplaatshistorie(wie, dutchDay(nu.value), signal).catch((error: unknown) => {
        if (signal.aborted) throw error
        return null
      }),
    ])
    return { persoon, historie, opgehaaldOp: nu.value }
  })
  // Children come from the parent's gezag: only minors, as the BRP says it.
  const kindBsns = computed(() => (brp.data.value?.persoon?.gezag ?? []).map((gezag) => gezag.minderjarige.burgerservicenummer))
  const kinderen = useLoader(
    () => (kindBsns.value.length > 0 ? kindBsns.value : null),
    (lijst, signal) => Promise.all(lijst.map((kindBsn) => api.kind(kindBsn, signal))),
  )
  const voertuigen = useLoader(bsnVoor('voertuigen'), (_wie, signal) => api.voertuigen(signal))
  const woningen = useLoader(bsnVoor('onroerende-zaken'), (_wie, signal) => api.onroerendeZaken(signal))
  const diplomas = useLoader(bsnVoor('diplomas'), (_wie, signal) => api.diplomas(signal))
  const inkomens = useLoader(bsnVoor('inkomens'), (_wie, signal) => api.inkomens(signal))

  const staat = (loader: LoaderState<unknown>) => ({
    geladen: loader.data.value !== null,
    loading: loader.loading.value,
    error: loader.error.value,
    busy: loader.busy.value,
    reload: loader.reload,
  })

  return computed(() => {
    const t = tekst.value
    const brpData = brp.data.value
    const secties: GegevensSectie[] = []
    if (namens.mag('gegevens', 'brp')) {
      secties.push({
        id: 'brp',
        titel: t.t('gegevens.secties.brp'),
        bron: brpData?.persoon ? brpBron(brpData.persoon, brpData.opgehaaldOp) : null,
        contact: null,
        blokken: brpData?.persoon ? brpBlokken(brpData.persoon, brpData.historie, t) : [],
        historieMislukt: brpData !== null && brpData.historie === null,
        ...staat(brp),
      })
    }
    const kindData = kinderen.data.value ?? []
    for (const [index, kind] of kindData.entries()) {
      if (!kind) continue
      secties.push({
        id: `kind-${index}`,
        titel: t.t('gegevens.secties.kind', { naam: kind.naam?.voornamen ?? naamTekst(kind.naam) }),
        uitleg: t.t('gegevens.secties.kindUitleg'),
        // The child's record is kept by the same gemeente (a minor lives with a parent with gezag, or the BRP says otherwise there).
        bron: brpData?.persoon ? brpBron(brpData.persoon, brpData.opgehaaldOp) : null,
        contact: null,
        blokken: kindBlokken(kind, t),
        ...staat(kinderen),
      })
    }
    if (kindBsns.value.length > 0 && kindData.length === 0) {
      secties.push({ id: 'kinderen', titel: t.t('gegevens.secties.kinderen'), bron: null, contact: null, blokken: [], ...staat(kinderen) })
    }
    const bronSectie = <T extends { bron: Bron }>(id: string, sleutel: BronSleutel, loader: LoaderState<T>, blokken: (data: T, tekst: Tekst) => GegevensBlok[]) => {
      const data = loader.data.value
      return {
        id,
        titel: t.t(`gegevens.secties.${id}`),
        bron: data?.bron ?? null,
        contact: bronContact(sleutel),
        blokken: data ? blokken(data, t) : [],
        leeg: t.t(`gegevens.leeg.${id}`),
        ...staat(loader),
      }
    }
    const bronnen = [
      { onderdeel: 'voertuigen', sectie: { ...bronSectie('voertuigen', 'rdw', voertuigen, voertuigBlokken), ...(voertuigen.data.value ? { voertuigen: voertuigen.data.value } : {}) } },
      { onderdeel: 'onroerende-zaken', sectie: bronSectie('woningen', 'kadaster', woningen, woningBlokken) },
      { onderdeel: 'diplomas', sectie: bronSectie('diplomas', 'duo', diplomas, diplomaBlokken) },
      { onderdeel: 'inkomens', sectie: bronSectie('inkomens', 'belastingdienst', inkomens, inkomenBlokken) },
    ]
    secties.push(...bronnen.filter(({ onderdeel }) => namens.mag('gegevens', onderdeel)).map(({ sectie }) => sectie))
    return secties
  })
}
