import type { MutationOptions } from '@tanstack/query-core'
import type { PhonePolicy } from '../core/actions/verification/assertPhoneNumber.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import { loadOnDemand } from '../core/utils/loadOnDemand.ts'
import type { IbexMutationOverrides } from './ibexMutationOptions.ts'
import {
  verificationMutationOptions,
  type VerificationData,
} from './verificationMutationOptions.ts'

/** `useVerifyPhone`'s variables: `{ telephone }` sends an SMS, `{ telephone, code }` confirms it. */
export type VerifyPhoneVariables = {
  telephone: string
  code?: string | undefined
  phonePolicy?: PhonePolicy | undefined
  persistTelephoneToKyb?: boolean | undefined
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
  return verificationMutationOptions(client, 'verifyPhone', overrides, {
    request: async ({ telephone, phonePolicy }) => {
      const { requestPhoneVerification } = await loadOnDemand(
        'The phone verification',
        () => import('../core/actions/verification/requestPhoneVerification.ts'),
      )
      return requestPhoneVerification(client, { telephone, phonePolicy })
    },
    confirm: async ({ telephone, code, phonePolicy, persistTelephoneToKyb }) => {
      const { confirmPhoneVerification } = await loadOnDemand(
        'The phone verification',
        () => import('../core/actions/verification/confirmPhoneVerification.ts'),
      )
      return confirmPhoneVerification(client, {
        telephone,
        code,
        phonePolicy,
        persistTelephoneToKyb,
      })
    },
  })
}
