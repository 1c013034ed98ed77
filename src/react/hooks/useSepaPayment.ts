'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import {
  sendSepaPayment,
  type SendSepaPaymentParameters,
  type SendSepaPaymentReturnType,
} from '../../core/actions/sepa/sendSepaPayment.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { sepaMutationOptions } from '../../query/sepaMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useSepaPayment}: TanStack's `mutation` options. */
export type UseSepaPaymentParameters = {
  mutation?: IbexMutationOverrides<SendSepaPaymentReturnType, SendSepaPaymentParameters> | undefined
}

/** Return type of {@link useSepaPayment}: TanStack's mutation result. */
export type UseSepaPaymentReturnType = UseMutationResult<
  SendSepaPaymentReturnType,
  IbexError,
  SendSepaPaymentParameters
>

/**
 * Sends a SEPA payment (`POST` then `PUT /sepa/payments`) approved with the user's passkey. Both
 * IBANs (mod-97), the names, the amount (positive euros, two decimals), the reference and the
 * channel are checked before any request. IBEx refuses a debtor IBAN that is not the user's
 * (403), a user without a passkey (400), and an approval expired or already used (409: never
 * paid twice); closing the prompt is `webauthn/cancelled`. Never retried; refreshes
 * `useSepaTransactions()`.
 *
 * @example
 * const { mutate: pay, data, error } = useSepaPayment()
 * pay({ debtor: { name: 'Ada Lovelace', iban: mine }, creditor: { name: 'Charles Babbage', iban }, amount: '150', reference: 'Invoice 42' })
 * {data && <p>Sent: {data.status}</p>}
 */
export function useSepaPayment(
  parameters: UseSepaPaymentParameters = {},
): UseSepaPaymentReturnType {
  const { client, queryClient } = useIbexContext('useSepaPayment')
  return useMutation(
    sepaMutationOptions(
      client,
      'sendSepaPayment',
      sendSepaPayment,
      ['sepaTransactions'],
      parameters.mutation,
    ),
    queryClient,
  )
}
