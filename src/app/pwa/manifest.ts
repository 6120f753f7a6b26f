import type { ManifestOptions } from 'vite-plugin-pwa'

/** The install manifest: Dutch first, our own colours, icons that survive Android's mask. */
export const appManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Mijn Overheid',
  short_name: 'Mijn Overheid',
  description: 'Uw berichten, gegevens en zaken bij de overheid op één plek.',
  lang: 'nl',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#0b3d6e',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
}
