import { computed, nextTick, reactive, ref, shallowRef, watch, type Ref } from 'vue'
import { useRouter } from 'vue-router'
import { EIDAS_ACR, useAuthStore } from '@/features/auth'
import { dutchDay } from '@/shared/format/format'
import { isApiError, isConnectionLost } from '@/shared/http'
import { useHttpClient } from '@/shared/http/http-client.key'
import { useFeatureMessages } from '@/shared/i18n/use-feature-messages'
import { outbox, removeFromOutbox, wachtOpVerbinding } from '@/shared/outbox/outbox'
import { useServerNow } from '@/shared/time/server-clock'
import { datePartId } from '@/shared/ui/form/date-parts'
import type { FormError } from '@/shared/ui/form/ErrorSummary.vue'
import { formMessages } from '@/shared/ui/form/form.messages'
import { bewaarConcept, bewaarPoging, leegConcept, leesConcept, leesPoging, vingerafdruk, wisConcept, type CorrectieConcept, type GekozenGegeven, type Poging } from './correctie-concept'
import { foutenVanStap, naarVerzoek, STAP_VAN_VELD, veldId, veldVanParameter, type Fout, type Veld } from './correctie-controle'
import { STAPPEN, stapRoute, type Stap } from './correctie-stappen'
import { mfoApi, VERZOEKEN_PAD } from './mfo.api'
import { correctieverzoekSchema, type Correctieverzoek } from './mfo.schemas'
import * as v from 'valibot'

export const OUTBOX_SOORT = 'correctieverzoek'

/** What the service refused, kept while the person goes to the step it is about (each step is its own page). */
const serverFouten = shallowRef<Fout[]>([])

/**
 * A correctieverzoek, step by step: the draft (kept on the device as she types), which step may show, the
 * errors of a step, and sending it: once (one Idempotency-Key per content, kept with the draft, so a double
 * click, a retry or a replay after a reload is one request), after a step-up to Substantieel, and, when she is
 * offline, from the outbox as soon as the connection is back.
 */
export function useCorrectieverzoek(stap: Ref<Stap | null>) {
  const { t } = useFeatureMessages(formMessages)
  const router = useRouter()
  const auth = useAuthStore()
  const http = useHttpClient()
  const api = mfoApi(http)
  const nu = useServerNow()
  const vandaag = computed(() => dutchDay(nu.value))

  const van = auth.identity?.bsn ?? ''
  const concept = reactive<CorrectieConcept>(leesConcept(van) ?? leegConcept())
  const poging = ref<Poging | null>(leesPoging(van))
  let klaar = false
  watch(
    concept,
    () => {
      if (!klaar) bewaarConcept(van, concept)
    },
    { deep: true },
  )

  /** The first step that is not right yet, before the one asked for (a link, a reload, an old draft). */
  const eersteFout = (tot: Stap): Stap | null => STAPPEN.slice(0, STAPPEN.indexOf(tot)).find((eerder) => foutenVanStap(eerder, concept, vandaag.value).length > 0) ?? null
  const naar = (nieuw: Stap) => router.push({ name: stapRoute(nieuw) })

  const fouten = shallowRef<Fout[]>([])
  const tekstVan = (fout: Fout) => ('tekst' in fout ? fout.tekst : t(fout.sleutel.includes('.') ? fout.sleutel : `mfo.fouten.${fout.sleutel}`, fout.params ?? {}))
  const samenvatting = computed<FormError[]>(() =>
    fouten.value.map((fout) => ({ field: fout.delen?.[0] ? datePartId(veldId(fout.veld), fout.delen[0]) : veldId(fout.veld), message: tekstVan(fout) })),
  )
  const foutPerVeld = computed<Partial<Record<Veld, string>>>(() => Object.fromEntries(fouten.value.map((fout) => [fout.veld, tekstVan(fout)])))
  const datumDelen = computed(() => fouten.value.find((fout) => fout.veld === 'contact-datum')?.delen)
  let focusSamenvatting: () => Promise<void> = async () => {}

  async function toonFouten(gevonden: Fout[]): Promise<void> {
    fouten.value = gevonden
    await focusSamenvatting()
  }

  /** On arrival: a step before it that is not right sends her there; what the service refused on this step shows. */
  async function aankomst(): Promise<void> {
    const huidige = stap.value
    if (!huidige) return
    if (!concept.gegeven) {
      await router.replace({ name: 'mfo-start' })
      return
    }
    const eerder = eersteFout(huidige)
    if (eerder) {
      await router.replace({ name: stapRoute(eerder) })
      return
    }
    const teTonen = serverFouten.value.filter((fout) => STAP_VAN_VELD[fout.veld] === huidige)
    if (teTonen.length > 0) {
      await nextTick()
      await toonFouten(teTonen)
    }
  }

  // The six steps are one component: the router keeps it when she goes to the next step, so each step starts clean here.
  watch(stap, () => {
    fouten.value = []
    void aankomst()
  })

  async function volgende(): Promise<void> {
    const huidige = stap.value
    if (!huidige) return
    const gevonden = foutenVanStap(huidige, concept, vandaag.value)
    if (gevonden.length > 0) return toonFouten(gevonden)
    serverFouten.value = serverFouten.value.filter((fout) => STAP_VAN_VELD[fout.veld] !== huidige)
    fouten.value = []
    const volgendeStap = STAPPEN[STAPPEN.indexOf(huidige) + 1]
    if (volgendeStap) await naar(volgendeStap)
  }

  // Sending
  const bezig = ref(false)
  const dienstFout = shallowRef<unknown>(null)
  const teLaag = ref(false)
  const stepUpNodig = computed(() => teLaag.value || !auth.hasLevel(EIDAS_ACR.substantial))
  const wachtend = computed(() => outbox.value.find((entry) => entry.soort === OUTBOX_SOORT && entry.eigenaar === van && entry.id === poging.value?.sleutel))

  async function naarServerFouten(problemen: { name: string; reason: string }[]): Promise<boolean> {
    const gevonden = problemen.flatMap((param): Fout[] => {
      const veld = veldVanParameter(param.name)
      return veld ? [{ veld, tekst: param.reason }] : []
    })
    if (gevonden.length === 0) return false
    serverFouten.value = gevonden
    const eerste = STAPPEN.find((kandidaat) => gevonden.some((fout) => STAP_VAN_VELD[fout.veld] === kandidaat)) ?? 'gegeven'
    if (eerste === stap.value) await toonFouten(gevonden.filter((fout) => STAP_VAN_VELD[fout.veld] === eerste))
    else await naar(eerste)
    return true
  }

  async function afgerond(verzoek: Correctieverzoek): Promise<void> {
    klaar = true
    wisConcept()
    bewaarPoging(van, null)
    serverFouten.value = []
    await router.push({ name: 'mfo-verzoek', params: { id: verzoek.id }, state: { verstuurd: true } })
  }

  async function dienIn(): Promise<void> {
    const verzoek = naarVerzoek(concept, vandaag.value)
    if (bezig.value || wachtend.value || stepUpNodig.value) return
    if (!verzoek) {
      const eerder = eersteFout('controleren')
      if (eerder) await naar(eerder)
      return
    }
    const inhoud = vingerafdruk(JSON.stringify(verzoek))
    if (poging.value?.inhoud !== inhoud) poging.value = { inhoud, sleutel: crypto.randomUUID() }
    bewaarPoging(van, poging.value)
    const { sleutel } = poging.value
    const wachten = () => {
      wachtOpVerbinding(http, { eigenaar: van, namens: null }, {
        id: sleutel,
        soort: OUTBOX_SOORT,
        titel: t('mfo.wachtrij.titel'),
        pad: VERZOEKEN_PAD,
        body: verzoek,
        sleutel,
        bewaarAntwoord: true,
      })
    }
    dienstFout.value = null
    if (!navigator.onLine) return wachten()
    bezig.value = true
    try {
      await afgerond(await api.dienIn(verzoek, sleutel))
    } catch (error) {
      if (isConnectionLost(error)) wachten()
      else if (isApiError(error) && error.kind === 'forbidden' && error.problem?.code === 'acr-te-laag') teLaag.value = true
      else if (!(isApiError(error) && error.kind === 'validation' && (await naarServerFouten(error.problem?.invalidParams ?? [])))) dienstFout.value = error
    } finally {
      bezig.value = false
    }
  }

  /** She wants to change something after all: the request no longer waits (the draft stays). */
  function stopWachten(): void {
    if (wachtend.value) removeFromOutbox(wachtend.value.id)
  }

  // The outbox delivered it (or the service refused it) while this page was open, or before she came back.
  watch(
    () => wachtend.value?.status,
    async (status) => {
      const entry = wachtend.value
      if (!entry || status === 'wacht') return
      removeFromOutbox(entry.id)
      const verzoek = v.safeParse(correctieverzoekSchema, entry.antwoord)
      if (status === 'verstuurd' && verzoek.success) return afgerond(verzoek.output)
      const invalidParams = entry.probleem?.invalidParams ?? []
      if (!(await naarServerFouten(invalidParams))) dienstFout.value = entry.probleem ?? new Error('geweigerd')
    },
    { immediate: true },
  )

  /** Start a request about this value; a draft about another value goes. */
  function begin(gegeven: GekozenGegeven): void {
    if (concept.gegeven?.id !== gegeven.id) {
      ruimBijlagenOp(concept.bijlagen.map((bijlage) => bijlage.id))
      Object.assign(concept, leegConcept(gegeven))
    } else {
      // The same value: keep what she typed, with the value as the registration holds it now.
      concept.gegeven = gegeven
    }
    serverFouten.value = []
    klaar = false
  }

  /** "Verwijder concept": the draft, its files on the service and anything waiting to be sent. */
  function verwijderConcept(): void {
    stopWachten()
    ruimBijlagenOp(concept.bijlagen.map((bijlage) => bijlage.id))
    klaar = true
    wisConcept()
    bewaarPoging(van, null)
    Object.assign(concept, leegConcept())
    serverFouten.value = []
  }

  function ruimBijlagenOp(ids: string[]): void {
    // Best effort: a file left behind is removed by the service after 7 days, and belongs to nobody's request.
    for (const id of ids) void api.verwijderBijlage(id).catch(() => undefined)
  }

  return {
    concept,
    api,
    samenvatting,
    foutPerVeld,
    datumDelen,
    bezig,
    dienstFout,
    stepUpNodig,
    wachtend,
    aankomst,
    volgende,
    dienIn,
    stopWachten,
    begin,
    verwijderConcept,
    ruimBijlagenOp,
    toonFouten,
    onFocusSamenvatting(focus: () => Promise<void>) {
      focusSamenvatting = focus
    },
  }
}
