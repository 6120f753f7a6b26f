import { defineStore } from 'pinia'
import { ref } from 'vue'
import { countActivityFromNow } from '@/shared/time/recent-activity'

/**
 * When the idle count of this page's session started. The count starts with the login on this page, before
 * the session code has loaded (so does the count of activity); the screens overview sets it back to open the idle
 * warning directly.
 */
export const useSessieTellingStore = defineStore('sessie-telling', () => {
  const sinds = ref(Date.now())
  function begin(at: number = Date.now()): void {
    sinds.value = at
    countActivityFromNow()
  }
  return { sinds, begin }
})
