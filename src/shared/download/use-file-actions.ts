import { ref } from 'vue'
import { downloadBlob, openBlobInNewTab } from './blob-file'

/**
 * Opening and downloading files that come with the bearer token (attachments, documents), one at a time:
 * `busy` holds the id of the file being fetched (for aria-busy), `failed` says the last try did not work,
 * `notice` says the browser blocked the new tab so the file was downloaded instead.
 */
export function useFileActions(popupBlockedText: () => string) {
  const busy = ref<string | null>(null)
  const failed = ref(false)
  const notice = ref<string | null>(null)

  async function run(id: string, action: () => Promise<void>): Promise<void> {
    if (busy.value) return
    busy.value = id
    failed.value = false
    notice.value = null
    try {
      await action()
    } catch {
      failed.value = true
    } finally {
      busy.value = null
    }
  }

  return {
    busy,
    failed,
    notice,
    open: (id: string, load: () => Promise<Blob>, file: { type: string; fileName: string }) =>
      run(id, async () => {
        if ((await openBlobInNewTab(load, file)) === 'downloaded') notice.value = popupBlockedText()
      }),
    download: (id: string, load: () => Promise<Blob>, fileName: string) => run(id, async () => downloadBlob(await load(), fileName)),
  }
}
