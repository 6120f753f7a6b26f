import { BERICHT_TYPES } from './berichten.schemas'

/** Rules for showing a bericht that the list and the detail share. */
export const BEWAAR_WAARSCHUWING_DAGEN = 30

/** The message key for a type; a type the app does not know yet reads as "Bericht". */
export function typeSleutel(type: string): string {
  return BERICHT_TYPES.find((bekend) => bekend === type) ?? 'onbekend'
}
