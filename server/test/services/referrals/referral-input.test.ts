import { AppError } from '../../../src/lib/app-error'
import { normaliseIncidentNumber, normalisePhone } from '../../../src/services/referrals/referral-input'

const errorOf = (fn: () => unknown): AppError => {
  try {
    fn()
  } catch (err) {
    return err as AppError
  }
  throw new Error('expected an error')
}

describe('referral input', () => {
  it.each([
    ['13800000001', '13800000001'],
    ['138 0000 0001', '13800000001'],
    ['138-0000-0001', '13800000001'],
    ['+86 13800000001', '13800000001'],
    ['0086-138-0000-0001', '13800000001'],
    ['８６１３８０００００００１', '13800000001'],
    ['(+86)19912345678', '19912345678'],
  ])('reads phone %s', (input, expected) => {
    expect(normalisePhone(input, 'phone')).toBe(expected)
  })

  it.each(['1380000000', '23800000001', '12800000001', '023-68780101', '138000000011', ''])(
    'rejects phone %j',
    (input) => {
      const err = errorOf(() => normalisePhone(input, 'applicant.phone'))
      expect(err).toMatchObject({ statusCode: 400, code: 'PHONE_INVALID', details: [{ field: 'applicant.phone' }] })
    },
  )

  it.each([
    ['J500107202611260001', 'J500107202611260001'],
    ['j5001 0720 2611 2600 01', 'J500107202611260001'],
    ['20261126-000123', '20261126-000123'],
    ['５００１０７２０２６１１２６', '500107202611'.concat('26')],
  ])('normalises incident number %s', (input, expected) => {
    expect(normaliseIncidentNumber(input)).toBe(expected)
  })

  it.each(['12345', 'ABCDEFGH', '-20261126001', '20261126001-', '警20261126001', `J${'1'.repeat(40)}`])(
    'rejects incident number %j',
    (input) => {
      expect(errorOf(() => normaliseIncidentNumber(input))).toMatchObject({
        code: 'INCIDENT_NUMBER_INVALID',
        details: [{ field: 'incidentNumber' }],
      })
    },
  )
})
