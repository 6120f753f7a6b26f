import { describe, expect, it } from 'vitest'
import { createClock } from '../clock'
import { createMailOutbox } from '../mail-outbox'
import { createRequestLog } from '../requests'
import { adresSleutel } from './adres-sleutel'
import { CODE_LIMIETEN, createEmailVerificatie } from './email-verificatie'

describe('the per-address limit on e-mail codes', () => {
  it('counts every spelling of one mailbox as the same address', () => {
    const clock = createClock()
    const verificatie = createEmailVerificatie(clock, { mail: createMailOutbox(clock), requests: createRequestLog() })
    const spellingen = ['victim@gmail.com', 'Victim+1@gmail.com', 'vic.tim@gmail.com', 'v.i.c.t.i.m+x@googlemail.com', 'VICTIM@GMAIL.COM']
    // Each from another person, so only the per-address limit can stop them.
    const uitkomsten = spellingen.map((adres, i) => verificatie.vraagCode(`99999${i}`, adres).uitkomst)
    expect(uitkomsten.slice(0, CODE_LIMIETEN.perAdres.max)).toEqual(Array(CODE_LIMIETEN.perAdres.max).fill('verstuurd'))
    expect(verificatie.vraagCode('999998', 'victim+nog-een@gmail.com').uitkomst).toBe('te-veel-voor-adres')
  })

  it('removes dots only for Gmail, where they do not matter; elsewhere they can be another person', () => {
    expect(adresSleutel('J.Jansen+werk@Example.nl')).toBe('j.jansen@example.nl')
    expect(adresSleutel('jjansen@example.nl')).not.toBe(adresSleutel('j.jansen@example.nl'))
    expect(adresSleutel('j.jansen+werk@googlemail.com')).toBe('jjansen@gmail.com')
  })
})
