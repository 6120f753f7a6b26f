import { inject, type InjectionKey } from 'vue'

/**
 * True only while the build prerenders the frame of the private pages: the header and navigation of someone
 * logged in, without a name or a count, and a placeholder where the page comes. Never true in a browser.
 */
export const APP_SHELL: InjectionKey<boolean> = Symbol('AppShell')

export function useAppShell(): boolean {
  return inject(APP_SHELL, false)
}
