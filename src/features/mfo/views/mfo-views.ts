/**
 * Every page of the Meldpunt in one chunk: someone who starts a correctieverzoek goes through all of them, and
 * one import in the route table (instead of one per page) keeps the first load small.
 */
export { default as CorrectieStapView } from './CorrectieStapView.vue'
export { default as MfoStartView } from './MfoStartView.vue'
export { default as VerzoekenView } from './VerzoekenView.vue'
export { default as VerzoekView } from './VerzoekView.vue'
