import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useNamensStore, type NamensContext } from './namens.store'

const anna: NamensContext = {
  naam: 'Anna de Vries-Bakker',
  soort: 'machtiging',
  status: 'actief',
  diensten: [{ dienst: 'berichten', organisaties: ['SVB', 'Belastingdienst'] }, { dienst: 'zaken' }],
  geldigTot: '2027-09-30',
}

beforeEach(() => setActivePinia(createPinia()))

describe('the namens store', () => {
  it('allows everything when acting for yourself', () => {
    const namens = useNamensStore()
    expect(namens.actief).toBe(false)
    for (const dienst of ['berichten', 'zaken', 'gegevens', 'eigen'] as const) expect(namens.mag(dienst)).toBe(true)
  })

  it('allows nothing while acting for someone until the context is known, and never what is one’s own', () => {
    const namens = useNamensStore()
    namens.begin('999990032')
    expect(namens.mag('berichten')).toBe(false)
    namens.vul(anna)
    expect(namens.mag('berichten')).toBe(true)
    expect(namens.mag('berichten', 'svb')).toBe(true)
    expect(namens.mag('berichten', 'UWV')).toBe(false)
    expect(namens.mag('zaken', 'Gemeente Utrecht')).toBe(true)
    expect(namens.mag('gegevens')).toBe(false)
    expect(namens.mag('eigen')).toBe(false)
  })

  it('allows only the parts of gegevens a bewind covers', () => {
    const namens = useNamensStore()
    namens.begin('999990081')
    namens.vul({ ...anna, soort: 'bewind', diensten: [{ dienst: 'gegevens', onderdelen: ['inkomens'] }] })
    expect(namens.mag('gegevens', 'inkomens')).toBe(true)
    expect(namens.mag('gegevens', 'voertuigen')).toBe(false)
  })

  it('allows nothing once the machtiging is revoked or expired, and forgets the context for someone else', () => {
    const namens = useNamensStore()
    namens.begin('999990032')
    namens.vul({ ...anna, status: 'ingetrokken', diensten: [] })
    expect(namens.mag('berichten')).toBe(false)
    namens.vul(anna)
    namens.begin('999990081')
    expect(namens.context).toBeNull()
    expect(namens.mag('berichten')).toBe(false)
  })
})
