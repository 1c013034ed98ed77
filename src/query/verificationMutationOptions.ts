import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type {
  IbexVerificationCodeSent,
  IbexVerificationConfirmed,
} from '../core/parse/IbexVerificationCodeSent.ts'
import type { PhonePolicy } from '../core/actions/verification/assertPhoneNumber.ts'
import { loadOnDemand } from '../core/utils/loadOnDemand.ts'
import { ibexMutationOptions, type IbexMutationOverrides } from './ibexMutationOptions.ts'
import { invalidateUserResources } from './invalidateUserResources.ts'

/** What a verification step resolves with: the code sent, or the address/number verified. */
export type VerificationData = IbexVerificationCodeSent | IbexVerificationConfirmed

/** `useVerifyEmail`'s variables: `{ email }` sends a code, `{ email, code }` confirms it. */
export type VerifyEmailVariables = { email: string; code?: string | undefined }

/** `useVerifyPhone`'s variables: `{ telephone }` sends an SMS, `{ telephone, code }` confirms it. */
export type VerifyPhoneVariables = {
  telephone: string
  code?: string | undefined
  phonePolicy?: PhonePolicy | undefined
  persistTelephoneToKyb?: boolean | undefined
}

/**
 * Mutation options of email verification: `{ email }` → `requestEmailVerification`,
 * `{ email, code }` → `confirmEmailVerification`, then the user's profile and KYC status
 * refetched. Key `['ibex', scope, 'verifyEmail']`; never retried; `code` stays out of TanStack's
 * cache.
 *
 * @example
 * const observer = new MutationObserver(queryClient, verifyEmailMutationOptions(client))
 * await observer.mutate({ email })
 */
export function verifyEmailMutationOptions(
  client: IbexClient,
  overrides?: IbexMutationOverrides<VerificationData, VerifyEmailVariables>,
): MutationOptions<VerificationData, IbexError, VerifyEmailVariables> {
  return ibexMutationOptions(
    client,
    'verifyEmail',
    overrides,
    async (variables, context) => {
      if (variables.code === undefined) {
        const { requestEmailVerification } = await loadOnDemand(
          'The email verification',
          () => import('../core/actions/verification/requestEmailVerification.ts'),
        )
        return requestEmailVerification(client, { email: variables.email })
      }
      const { confirmEmailVerification } = await loadOnDemand(
        'The email verification',
        () => import('../core/actions/verification/confirmEmailVerification.ts'),
      )
      const confirmed = await confirmEmailVerification(client, {
        email: variables.email,
        code: variables.code,
      })
      await invalidateUserResources(context.client, client, ['userData', 'kycStatus'])
      return confirmed
    },
    ['code'],
  )
}

/**
 * Mutation options of phone verification: `{ telephone }` → `requestPhoneVerification`,
 * `{ telephone, code }` → `confirmPhoneVerification`, then the user's profile and KYC status
 * refetched. Key `['ibex', scope, 'verifyPhone']`; never retried; `code` stays out of TanStack's
 * cache.
 *
 * @example
 * const observer = new MutationObserver(queryClient, verifyPhoneMutationOptions(client))
 * await observer.mutate({ telephone: '+33612345678' })
 */
export function verifyPhoneMutationOptions(
  client: IbexClient,
  overrides?: IbexMutationOverrides<VerificationData, VerifyPhoneVariables>,
): MutationOptions<VerificationData, IbexError, VerifyPhoneVariables> {
  return ibexMutationOptions(
    client,
    'verifyPhone',
    overrides,
    async (variables, context) => {
      const { telephone, code, phonePolicy, persistTelephoneToKyb } = variables
      if (code === undefined) {
        const { requestPhoneVerification } = await loadOnDemand(
          'The phone verification',
          () => import('../core/actions/verification/requestPhoneVerification.ts'),
        )
        return requestPhoneVerification(client, { telephone, phonePolicy })
      }
      const { confirmPhoneVerification } = await loadOnDemand(
        'The phone verification',
        () => import('../core/actions/verification/confirmPhoneVerification.ts'),
      )
      const confirmed = await confirmPhoneVerification(client, {
        telephone,
        code,
        phonePolicy,
        persistTelephoneToKyb,
      })
      await invalidateUserResources(context.client, client, ['userData', 'kycStatus'])
      return confirmed
    },
    ['code'],
  )
}
