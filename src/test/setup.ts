import { afterEach } from 'vitest'

// Each test starts with an empty browser: nothing leaks from one test into the next.
afterEach(() => {
  if (typeof window === 'undefined') return
  window.sessionStorage.clear()
  window.localStorage.clear()
  document.body.innerHTML = ''
})
