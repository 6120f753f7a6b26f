import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { ApiError } from '@/shared/http'
import { expectNoAxeViolations } from '@/test/axe'
import { descriptionOf, getByRole, queryAllByRole } from '@/test/by-role'
import { createTestI18n } from '@/test/i18n'
import FileUploadField from './FileUploadField.vue'
import type { UploadFunction } from './use-file-upload'

/** An upload the test drives: report progress, finish or fail it, and see whether it was aborted. */
function controlledUpload() {
  const calls: { file: File; progress: (fraction: number) => void; signal: AbortSignal; finish: () => void; fail: () => void }[] = []
  const upload: UploadFunction = (file, progress, signal) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ file, progress, signal, finish: resolve, fail: () => reject(new Error('503')) })
      signal.addEventListener('abort', () => reject(new DOMException('Gestopt', 'AbortError')))
    })
  return { upload, calls }
}

function render(upload: UploadFunction, props: { error?: string | null } = {}) {
  return mount(FileUploadField, {
    props: {
      id: 'huurcontract',
      label: 'Huurcontract',
      description: 'Een PDF van maximaal 10 MB.',
      accept: ['.pdf', 'application/pdf'],
      maxBytes: 10_000_000,
      modelValue: null,
      upload,
      ...props,
    },
    global: { plugins: [createTestI18n()] },
    attachTo: document.body,
  })
}

async function choose(wrapper: ReturnType<typeof render>, file: File): Promise<void> {
  const input = wrapper.get('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await nextTick()
}

const pdf = (name = 'contract.pdf', size = 2_500_000) => new File([new Uint8Array(size)], name, { type: 'application/pdf' })
const status = () => getByRole(document.body, 'status').textContent?.trim()

describe('FileUploadField', () => {
  it('is a labelled file input that says which files fit', async () => {
    const wrapper = render(controlledUpload().upload)
    const input = document.getElementById('huurcontract')
    expect(input?.getAttribute('accept')).toBe('.pdf,application/pdf')
    expect(descriptionOf(input ?? document.body)).toBe('Een PDF van maximaal 10 MB.')
    expect(document.querySelector('label[for="huurcontract"]')?.textContent).toBe('Huurcontract')
    expect(status()).toBe('')
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('shows the file with its size and the progress, then "Geüpload"; the model gets the file', async () => {
    const { upload, calls } = controlledUpload()
    const wrapper = render(upload)
    await choose(wrapper, pdf())
    expect(document.body.textContent).toContain('contract.pdf')
    expect(document.body.textContent).toContain('Grootte: 2,5 MB')
    expect(status()).toBe('contract.pdf wordt geüpload.')
    calls[0]?.progress(0.4)
    await nextTick()
    const progress = getByRole(document.body, 'progressbar', 'Voortgang van het uploaden')
    expect(progress.getAttribute('value')).toBe('0.4')
    expect(document.body.textContent).toContain('40% geüpload')
    await expectNoAxeViolations(document.body)
    calls[0]?.finish()
    await flushPromises()
    expect(status()).toBe('contract.pdf is geüpload.')
    expect(queryAllByRole(document.body, 'progressbar')).toHaveLength(0)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([calls[0]?.file])
    wrapper.unmount()
  })

  it('stops a running upload: the request is aborted and focus goes back to the input', async () => {
    const { upload, calls } = controlledUpload()
    const wrapper = render(upload)
    await choose(wrapper, pdf())
    const stop = getByRole(document.body, 'button', 'Uploaden stoppen')
    stop.focus()
    stop.click()
    await flushPromises()
    expect(calls[0]?.signal.aborted).toBe(true)
    expect(status()).toBe('Het uploaden van contract.pdf is gestopt.')
    expect(document.activeElement?.id).toBe('huurcontract')
    expect(queryAllByRole(document.body, 'button')).toHaveLength(0)
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    wrapper.unmount()
  })

  it('someone waiting on "Uploaden stoppen" continues on "Verwijderen" when the upload ends', async () => {
    const { upload, calls } = controlledUpload()
    const wrapper = render(upload)
    await choose(wrapper, pdf())
    getByRole(document.body, 'button', 'Uploaden stoppen').focus()
    calls[0]?.finish()
    await flushPromises()
    expect(document.activeElement).toBe(getByRole(document.body, 'button', 'contract.pdf verwijderen'))
    wrapper.unmount()
  })

  it('removes an uploaded file', async () => {
    const { upload, calls } = controlledUpload()
    const wrapper = render(upload)
    await choose(wrapper, pdf())
    calls[0]?.finish()
    await flushPromises()
    getByRole(document.body, 'button', 'contract.pdf verwijderen').click()
    await flushPromises()
    expect(status()).toBe('contract.pdf is verwijderd.')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([null])
    expect(document.activeElement?.id).toBe('huurcontract')
    wrapper.unmount()
  })

  it.each([
    ['a Word file', new File(['x'], 'brief.docx', { type: 'application/msword' }), 'Dit soort bestand kunt u niet uploaden. Kies een bestand van het type PDF.'],
    ['a file over the limit', pdf('groot.pdf', 10_000_001), 'Het bestand is te groot. Kies een bestand van maximaal 10 MB.'],
    ['an empty file', pdf('leeg.pdf', 0), 'Het bestand is leeg. Kies een ander bestand.'],
  ])('refuses %s before sending it, with the reason inline and announced', async (_case, file, reason) => {
    const { upload, calls } = controlledUpload()
    const wrapper = render(upload)
    await choose(wrapper, file)
    expect(calls).toHaveLength(0)
    const input = document.getElementById('huurcontract')
    expect(input?.getAttribute('aria-invalid')).toBe('true')
    expect(descriptionOf(input ?? document.body)).toContain(`Fout: ${reason}`)
    expect(status()).toBe(reason)
    await expectNoAxeViolations(document.body)
    wrapper.unmount()
  })

  it('a failed upload says so and leaves no file', async () => {
    const { upload, calls } = controlledUpload()
    const wrapper = render(upload)
    await choose(wrapper, pdf())
    calls[0]?.fail()
    await flushPromises()
    expect(status()).toBe('Het uploaden is niet gelukt. Probeer het opnieuw.')
    expect(document.body.textContent).not.toContain('contract.pdf')
    wrapper.unmount()
  })

  it("a file the service refuses shows the service's reason, at the field", async () => {
    const refuse: UploadFunction = () => Promise.reject(new ApiError('validation', { status: 422, problem: { title: 'Te veel', invalidParams: [{ name: 'bestand', code: 'te-veel', reason: 'U kunt hoogstens 5 bestanden sturen.' }] } }))
    const wrapper = render(refuse)
    await choose(wrapper, pdf())
    await flushPromises()
    expect(status()).toBe('U kunt hoogstens 5 bestanden sturen.')
    expect(descriptionOf(document.getElementById('huurcontract') ?? document.body)).toContain('Fout: U kunt hoogstens 5 bestanden sturen.')
    wrapper.unmount()
  })

  it('with checkContent, a renamed program is refused before anything is sent', async () => {
    const { upload, calls } = controlledUpload()
    const wrapper = mount(FileUploadField, {
      props: { id: 'bewijs', label: 'Bewijs', accept: ['.pdf', 'application/pdf'], checkContent: true, modelValue: null, upload },
      global: { plugins: [createTestI18n()] },
      attachTo: document.body,
    })
    await choose(wrapper, new File([new Uint8Array([0x4d, 0x5a, 0x90, 0])], 'akte.pdf', { type: 'application/pdf' }))
    await flushPromises()
    expect(calls).toHaveLength(0)
    expect(status()).toBe('Dit soort bestand kunt u niet uploaden. Kies een bestand van het type PDF.')
    wrapper.unmount()
  })

  it('a new choice stops the older upload', async () => {
    const { upload, calls } = controlledUpload()
    const wrapper = render(upload)
    await choose(wrapper, pdf('eerste.pdf'))
    await choose(wrapper, pdf('tweede.pdf'))
    expect(calls[0]?.signal.aborted).toBe(true)
    calls[1]?.finish()
    await flushPromises()
    expect(status()).toBe('tweede.pdf is geüpload.')
    wrapper.unmount()
  })
})
