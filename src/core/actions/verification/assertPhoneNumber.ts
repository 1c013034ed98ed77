import { IbexValidationError } from '../../errors/IbexValidationError.ts'

/** Which numbers IBEx accepts: any E.164 number, or French mobiles only (docs/protocol.md). */
export type PhonePolicy = 'any' | 'frMobile'

const E164 = /^\+[1-9]\d{7,14}$/
const FR_MOBILE = /^\+33[67]\d{8}$/

/**
 * A phone number as typed, in E.164 form (`+33612345678`; spaces, dots and dashes removed), else
 * `validation/phone-invalid` on `telephone` before any request. With `frMobile`, only French
 * mobile numbers (+33 6 / +33 7) pass.
 *
 * @example
 * assertPhoneNumber('+33 6 12 34 56 78', 'frMobile') // '+33612345678'
 */
export function assertPhoneNumber(value: unknown, policy: PhonePolicy = 'any'): string {
  const telephone =
    typeof value === 'string' ? value.normalize('NFKC').replace(/[\s.\-()]/g, '') : ''
  if (!(policy === 'frMobile' ? FR_MOBILE : E164).test(telephone)) {
    throw new IbexValidationError({
      code: 'validation/phone-invalid',
      field: 'telephone',
      message:
        policy === 'frMobile'
          ? 'Enter a French mobile number in international form, e.g. +33 6 12 34 56 78.'
          : 'Enter the phone number in international form, e.g. +33 6 12 34 56 78.',
    })
  }
  return telephone
}
