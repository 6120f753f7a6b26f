import { computed, nextTick, reactive, ref, shallowRef, useTemplateRef, watch } from 'vue'
import { useRoute, useRouter, type LocationQueryValue } from 'vue-router'
import { EIDAS_ACR, useAuthStore } from '@/features/auth'
import { dutchDay, formatDate } from '@/shared/format/format'
import { isApiError } from '@/shared/http'
import { useHttpClient } from '@/shared/http/http-client.key'
import { useFeatureMessages } from '@/shared/i18n/use-feature-messages'
import { useLoader } from '@/shared/load/use-loader'
import { useServerNow } from '@/shared/time/server-clock'
import { datePartId } from '@/shared/ui/form/date-parts'
import type ErrorSummary from '@/shared/ui/form/ErrorSummary.vue'
import type { FormError } from '@/shared/ui/form/ErrorSummary.vue'
import { formMessages } from '@/shared/ui/form/form.messages'
import { bewaarConcept, leegConcept, leesConcept, naarNieuweMachtiging, wisConcept, type Concept } from './machtiging-concept'
import {
  controleerTotWanneer,
  controleerWaarvoor,
  controleerWie,
  STAP_VAN_VELD,
  uiterlijkeDatum,
  veldId,
  veldVanParameter,
  type Fout,
  type Stap,
  type Veld,
} from './machtiging-controle'
import { isTeLaagNiveau, machtigingenApi } from './machtigingen.api'
import { useMachtigingenMeldingStore } from './machtigingen.store'

const stapUit = (waarde: LocationQueryValue | LocationQueryValue[] | undefined): Stap => {
  const getal = Number(typeof waarde === 'string' ? waarde : '1')
  return getal === 2 || getal === 3 || getal === 4 ? getal : 1
}

/**
 * "Iemand machtigen" in four steps. The step lives in the URL (`?stap=3`: Back works, the step-up returns to
 * the check step), the input in a draft in sessionStorage. A step is only reached when those before it are
 * right. The grant waits for the server; one Idempotency-Key per content, so a retry or a double click
 * grants once. What the service refuses shows at the field it is about, on that field's step.
 */
export function useMachtigingGeven() {
  const { t, locale } = useFeatureMessages(formMessages)
  const route = useRoute()
  const router = useRouter()
  const auth = useAuthStore()
  const api = machtigingenApi(useHttpClient())
  const meldingen = useMachtigingenMeldingStore()
  const nu = useServerNow()
  const vandaag = computed(() => dutchDay(nu.value))
  const toon = (iso: string) => formatDate(iso, locale.value)

  // Whose draft: the logged-in person's own BSN (a gemachtigde never gets this page).
  const van = auth.identity?.bsn ?? ''
  const concept = reactive<Concept>(leesConcept(van) ?? leegConcept())
  let klaar = false
  watch(
    concept,
    () => {
      if (!klaar) bewaarConcept(van, concept)
    },
    { deep: true },
  )
  const catalogus = useLoader(() => 'catalogus', (_sleutel, signal) => api.catalogus(signal))

  function foutenVan(stap: Stap): Fout[] {
    if (stap === 1) return controleerWie(concept.bsn, auth.identity?.bsn ?? null)
    if (stap === 2) return controleerWaarvoor(concept)
    if (stap === 3) {
      const datum = controleerTotWanneer(concept, vandaag.value, toon)
      return 'fouten' in datum ? datum.fouten : []
    }
    return []
  }
  const gevraagd = computed(() => stapUit(route.query.stap))
  /** The step asked for, or an earlier one that is not right yet (a link, a reload, an old draft). */
  const stap = computed<Stap>(() => ([1, 2, 3] as const).find((eerder) => eerder < gevraagd.value && foutenVan(eerder).length > 0) ?? gevraagd.value)
  const naar = (nieuw: number) => router.push({ name: 'machtiging-geven', query: nieuw > 1 ? { stap: String(nieuw) } : {} })
  watch(
    stap,
    (nieuw) => {
      if (nieuw !== gevraagd.value) void router.replace({ name: 'machtiging-geven', query: nieuw > 1 ? { stap: String(nieuw) } : {} })
    },
    { immediate: true },
  )

  const fouten = shallowRef<Fout[]>([])
  let serverFouten: Fout[] = []
  const tekstVan = (fout: Fout) => ('tekst' in fout ? fout.tekst : t(fout.sleutel, fout.params ?? {}))
  const samenvatting = computed<FormError[]>(() =>
    fouten.value.map((fout) => ({ field: fout.delen?.[0] ? datePartId(veldId(fout.veld), fout.delen[0]) : veldId(fout.veld), message: tekstVan(fout) })),
  )
  const foutPerVeld = computed<Partial<Record<Veld, string>>>(() => Object.fromEntries(fouten.value.map((fout) => [fout.veld, tekstVan(fout)])))
  const datumDelen = computed(() => fouten.value.find((fout) => fout.veld === 'geldig-tot')?.delen)
  const samenvattingVak = useTemplateRef<InstanceType<typeof ErrorSummary>>('samenvattingVak')
  const stapKop = useTemplateRef<HTMLElement>('stapKop')

  async function toonFouten(gevonden: Fout[]): Promise<void> {
    fouten.value = gevonden
    await samenvattingVak.value?.focus()
  }

  // Each step starts clean, or with what the service refused on it; focus goes to its heading, or to those errors.
  watch(stap, async (nieuw) => {
    if (klaar) return
    const teTonen = serverFouten.filter((fout) => STAP_VAN_VELD[fout.veld] === nieuw)
    fouten.value = []
    await nextTick()
    if (teTonen.length > 0) await toonFouten(teTonen)
    else stapKop.value?.focus()
  })

  async function volgende(): Promise<void> {
    const gevonden = foutenVan(stap.value)
    if (gevonden.length > 0) return toonFouten(gevonden)
    serverFouten = serverFouten.filter((fout) => STAP_VAN_VELD[fout.veld] !== stap.value)
    await naar(stap.value + 1)
  }

  const bezig = ref(false)
  const dienstFout = shallowRef<unknown>(null)
  const teLaag = ref(false)
  const stepUpNodig = computed(() => teLaag.value || !auth.hasLevel(EIDAS_ACR.substantial))
  let poging: { inhoud: string; sleutel: string } | null = null

  /** Refused input goes back to its own step; true when that is what happened. */
  async function naarServerFouten(error: unknown): Promise<boolean> {
    if (!isApiError(error) || error.kind !== 'validation') return false
    const gevonden = (error.problem?.invalidParams ?? []).flatMap((param): Fout[] => {
      const veld = veldVanParameter(param.name)
      return veld ? [{ veld, tekst: param.reason }] : []
    })
    if (gevonden.length === 0) return false
    serverFouten = gevonden
    await naar(Math.min(...gevonden.map((fout) => STAP_VAN_VELD[fout.veld])))
    return true
  }

  async function geef(): Promise<void> {
    const datum = controleerTotWanneer(concept, vandaag.value, toon)
    if (bezig.value || stepUpNodig.value || !('datum' in datum)) return
    const nieuw = naarNieuweMachtiging(concept, datum.datum)
    const inhoud = JSON.stringify(nieuw)
    if (poging?.inhoud !== inhoud) poging = { inhoud, sleutel: crypto.randomUUID() }
    bezig.value = true
    dienstFout.value = null
    try {
      const machtiging = await api.geef(nieuw, poging.sleutel)
      klaar = true
      wisConcept()
      meldingen.gemachtigd = machtiging.gemachtigde.naam
      await router.push({ name: 'machtigingen' })
    } catch (error) {
      if (isTeLaagNiveau(error)) teLaag.value = true
      else if (!(await naarServerFouten(error))) dienstFout.value = error
    } finally {
      bezig.value = false
    }
  }

  /** Leaving on purpose: the draft goes too. */
  function stoppen(): void {
    klaar = true
    wisConcept()
  }

  return {
    concept,
    stap,
    catalogus,
    samenvatting,
    foutPerVeld,
    datumDelen,
    bezig,
    dienstFout,
    stepUpNodig,
    uiterlijk: computed(() => toon(uiterlijkeDatum(vandaag.value))),
    volgende,
    vorige: () => naar(stap.value - 1),
    verder: () => (stap.value === 4 ? geef() : volgende()),
    geef,
    stoppen,
  }
}
