import { createApp } from './app'
import { answerClientError } from './client-error'
import { readServerConfig } from './config'

const config = readServerConfig()
const app = await createApp(config)

const server = app.listen(config.port, config.host, () => {
  const mocks = config.mocks ? 'met mock-backend en mock DigiD' : 'zonder mocks'
  console.log(`Mijn Overheid draait op ${config.publicOrigin} (${mocks})`)
})
// Node's own refusals (malformed request, URL or headers too long) answer problem+json too.
server.on('clientError', answerClientError)

// Stop cleanly when the test runner or a terminal asks, so the port is free at once.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
