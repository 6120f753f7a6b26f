import { onScopeDispose, ref, shallowRef } from 'vue'
import { checkFile, checkFileContent, type FileProblem, type FileRules } from './file-checks'

/**
 * How a feature sends a file: its own API call. It reports progress as a fraction (0 to 1) and stops when
 * the signal aborts. The HTTP client's `upload` (shared/http) gets progress from XMLHttpRequest.
 */
export type UploadFunction = (file: File, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<void>

export type UploadPhase = 'idle' | 'uploading' | 'uploaded'
/** What just happened, for the live region; message keys under `form.file.status`. */
export type UploadEvent = 'uploading' | 'uploaded' | 'cancelled' | 'removed'

interface UploadOptions {
  upload: () => UploadFunction
  rules: () => FileRules
  /** The uploaded file, or null when there is none (any more). */
  onChange: (file: File | null) => void
}

/** One file: check it, send it with progress, cancel or remove it. A newer choice stops an older upload. */
export function useFileUpload({ upload, rules, onChange }: UploadOptions) {
  const file = shallowRef<File | null>(null)
  const phase = ref<UploadPhase>('idle')
  const fraction = ref(0)
  const problem = ref<FileProblem | 'failed' | null>(null)
  /** The service's own words when it refused the file (a 4xx with a reason), instead of "did not work". */
  const refusal = ref<string | null>(null)
  const event = ref<{ kind: UploadEvent; name: string } | null>(null)
  let running: AbortController | null = null

  function reset(): void {
    running?.abort()
    running = null
    file.value = null
    phase.value = 'idle'
    fraction.value = 0
  }

  async function choose(chosen: File): Promise<void> {
    const wasUploaded = phase.value === 'uploaded'
    reset()
    if (wasUploaded) onChange(null)
    const controller = new AbortController()
    running = controller
    refusal.value = null
    event.value = null
    const chosenRules = rules()
    problem.value = checkFile(chosen, chosenRules)
    const inside = !problem.value && chosenRules.checkContent ? await checkFileContent(chosen, chosenRules.accept ?? []) : null
    // A newer choice while we looked inside this one: that one counts.
    if (running !== controller) return
    if (inside) problem.value = inside
    if (problem.value) {
      running = null
      return
    }
    file.value = chosen
    phase.value = 'uploading'
    event.value = { kind: 'uploading', name: chosen.name }
    try {
      await upload()(chosen, (value) => {
        if (running === controller) fraction.value = Math.min(1, Math.max(0, value))
      }, controller.signal)
      if (running !== controller) return
      running = null
      phase.value = 'uploaded'
      fraction.value = 1
      event.value = { kind: 'uploaded', name: chosen.name }
      onChange(chosen)
    } catch (error) {
      // Cancelled, or replaced by a newer choice: that one speaks for itself.
      if (running !== controller) return
      reset()
      problem.value = 'failed'
      refusal.value = refusalOf(error)
      event.value = null
    }
  }

  function cancel(): void {
    const name = file.value?.name ?? ''
    reset()
    event.value = { kind: 'cancelled', name }
  }

  function remove(): void {
    const name = file.value?.name ?? ''
    reset()
    problem.value = null
    refusal.value = null
    event.value = { kind: 'removed', name }
    onChange(null)
  }

  onScopeDispose(() => running?.abort())

  return { file, phase, fraction, problem, refusal, event, choose, cancel, remove }
}

/** A refusal the person can act on (wrong type, too large, too many): the service's `detail`; not for faults. */
function refusalOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('kind' in error) || error.kind !== 'validation') return null
  const problem = 'problem' in error ? (error.problem as { detail?: unknown; invalidParams?: { reason?: unknown }[] } | undefined) : undefined
  const reason = problem?.invalidParams?.[0]?.reason ?? problem?.detail
  return typeof reason === 'string' && reason.trim() !== '' ? reason : null
}
