import { describe, expect, it } from 'vitest'
import { createFaultRegistry } from './faults'

describe('fault registry', () => {
  it('hits the path and the paths below it, as often as asked', () => {
    const faults = createFaultRegistry()
    faults.add({ path: '/api/berichten', status: 503, times: 2 })
    expect(faults.take('GET', '/api/berichten/123')?.status).toBe(503)
    expect(faults.take('GET', '/api/berichtenbox')).toBeUndefined()
    expect(faults.take('GET', '/api/berichten')?.status).toBe(503)
    expect(faults.take('GET', '/api/berichten')).toBeUndefined()
  })

  it('only hits the given method', () => {
    const faults = createFaultRegistry()
    faults.add({ path: '/api/berichten', method: 'post', network: true })
    expect(faults.take('GET', '/api/berichten')).toBeUndefined()
    expect(faults.take('POST', '/api/berichten')?.network).toBe(true)
  })
})
