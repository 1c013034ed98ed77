import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type {
  IbexVerificationCodeSent,
  IbexVerificationConfirmed,
} from '../core/parse/IbexVerificationCodeSent.ts'
import { ibexMutationOptions, type IbexMutationOverrides } from './ibexMutationOptions.ts'
import { invalidateUserResources } from './invalidateUserResources.ts'

/** What a verification step resolves with: the code sent, or the address/number verified. */
export type VerificationData = IbexVerificationCodeSent | IbexVerificationConfirmed

/**
 * The two steps every verification shares (email, phone): variables without `code` send one,
 * with it confirm it, and a confirmation refetches the user's profile and KYC status. Never
 * retried; `code` stays out of TanStack's cache.
 *
 * @example
 * return verificationMutationOptions(client, 'verifyEmail', overrides, {
 *   request: async ({ email }) => (await loadRequest()).requestEmailVerification(client, { email }),
 *   confirm: async ({ email, code }) => (await loadConfirm()).confirmEmailVerification(client, { email, code }),
 * })
 */
export function verificationMutationOptions<variables extends { code?: string | undefined }>(
  client: IbexClient,
  name: 'verifyEmail' | 'verifyPhone',
  overrides: IbexMutationOverrides<VerificationData, variables> | undefined,
  steps: {
    request: (variables: variables) => Promise<IbexVerificationCodeSent>
    confirm: (variables: variables & { code: string }) => Promise<IbexVerificationConfirmed>
  },
): MutationOptions<VerificationData, IbexError, variables> {
  return ibexMutationOptions(
    client,
    name,
    overrides,
    async (variables, context) => {
      const { code } = variables
      if (code === undefined) return steps.request(variables)
      const confirmed = await steps.confirm({ ...variables, code })
      await invalidateUserResources(context.client, client, ['userData', 'kycStatus'])
      return confirmed
    },
    ['code'],
  )
}
