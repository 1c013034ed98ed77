import * as v from 'valibot'
import type { IbexVerificationCodeSent } from '../parse/IbexVerificationCodeSent.ts'
import { lenient } from './lenient.ts'

/** IBEx: a verification code lasts 1 h (docs/protocol.md). */
const DOCUMENTED_CODE_LIFETIME_MS = 3_600_000

/**
 * The body of `POST /users/me/validate-email` / `validate-sms` (docs/protocol.md), an upstream
 * pass-through: nothing is required; `code` (dry run only) becomes `devCode`.
 *
 * @example
 * const sent = v.parse(verificationSentSchema(target, Date.now()), json)
 */
export function verificationSentSchema(target: string, receivedAt: number) {
  return v.pipe(
    v.fallback(v.looseObject({ code: lenient(v.string()), expiresIn: lenient(v.number()) }), {
      code: undefined,
      expiresIn: undefined,
    }),
    v.transform((body): IbexVerificationCodeSent => ({
      step: 'code-sent',
      target,
      expiresAt:
        receivedAt + (body.expiresIn ? body.expiresIn * 1000 : DOCUMENTED_CODE_LIFETIME_MS),
      devCode: body.code ?? undefined,
    })),
  )
}
