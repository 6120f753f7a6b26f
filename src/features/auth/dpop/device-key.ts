/** What the app needs for DPoP, as one chunk: loaded with the first API request, not with the first page. */
export { createDpopKeyStore, keptInMemory } from './dpop-key-store'
export { createDpopProof } from './dpop-proof'
