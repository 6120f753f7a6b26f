import 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title; also announced after navigation. */
    titleKey?: string
    /** Needs a logged-in person; others are sent to login and brought back afterwards. */
    requiresAuth?: boolean
    /** Pages for people who are not logged in (login itself). */
    guestOnly?: boolean
  }
}
