/** What the rest of the app may use from the Berichtenbox: its routes and the unread count. */
export { berichtenRoutes } from './routes'
export { useBerichtenAantallenStore } from './berichten.store'
