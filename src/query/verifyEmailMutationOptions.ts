import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import { loadOnDemand } from '../core/utils/loadOnDemand.ts'
import type { IbexMutationOverrides } from './ibexMutationOptions.ts'
import {
  verificationMutationOptions,
  type VerificationData,
} from './verificationMutationOptions.ts'

/** `useVerifyEmail`'s variables: `{ email }` sends a code, `{ email, code }` confirms it. */
export type VerifyEmailVariables = { email: string; code?: string | undefined }

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
  return verificationMutationOptions(client, 'verifyEmail', overrides, {
    request: async ({ email }) => {
      const { requestEmailVerification } = await loadOnDemand(
        'The email verification',
        () => import('../core/actions/verification/requestEmailVerification.ts'),
      )
      return requestEmailVerification(client, { email })
    },
    confirm: async ({ email, code }) => {
      const { confirmEmailVerification } = await loadOnDemand(
        'The email verification',
        () => import('../core/actions/verification/confirmEmailVerification.ts'),
      )
      return confirmEmailVerification(client, { email, code })
    },
  })
}
