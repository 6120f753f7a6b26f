import 'vue-router'
import type { EidasAcr } from '@/features/auth'
import type { NamensDienst } from '@/shared/namens/namens.store'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title; also announced after navigation. */
    titleKey?: string
    /** Needs a logged-in person; others are sent to login and brought back afterwards. */
    requiresAuth?: boolean
    /** Pages for people who are not logged in (login itself). */
    guestOnly?: boolean
    /** The lowest eIDAS level the page needs; a lower login is offered a step-up first. */
    minimumAcr?: EidasAcr
    /**
     * What a machtiging must cover for someone acting for another to use this page; without it the page says so
     * (the API refuses anyway). Default: what the feature's navigation item needs. `altijd`: also while acting.
     */
    namens?: NamensDienst | 'altijd'
    /** A public page the build prerenders (in every language), so its text shows before any JavaScript runs. */
    prerender?: boolean
    /**
     * A private page whose frame the build prerenders on its own: the page as it is before the person's data
     * arrives (drawn with `useAppShell()` true, so without a name or a count). Only the start page (page-file.ts).
     */
    kader?: boolean
    /** The feature the route belongs to (set by the app router from the feature list). */
    feature?: string
  }
}
