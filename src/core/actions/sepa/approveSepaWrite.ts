import type { AuthenticationResponseJSON } from '@simplewebauthn/browser'
import type { GenericSchema } from 'valibot'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexWebAuthnError } from '../../errors/IbexWebAuthnError.ts'
import type { SepaApproval } from '../../schemas/sepaApprovalSchema.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'
import { cancelPasskeyCeremony } from '../../webauthn/cancelPasskeyCeremony.ts'
import { getPasskeyAssertion } from '../../webauthn/getPasskeyAssertion.ts'
import { confirmSepaApproval } from './confirmSepaApproval.ts'

/** One passkey-approved SEPA write: where it goes, its body, and how to read its result. */
export type SepaWrite<TResult> = {
  path: '/v1.2/sepa/iban/add' | '/v1.2/sepa/payments'
  body: Record<string, unknown>
  /** Reads the PUT's answer. */
  schema: () => Promise<GenericSchema<unknown, TResult>>
  /** Reads the POST's `data` when the tenant approves without a passkey (direct mode). */
  direct: (data: unknown) => Promise<TResult>
}

/**
 * The two steps of a passkey-approved SEPA write (docs/protocol.md "SEPA and IBANs"): `POST` the
 * request, which answers WebAuthn request options, have the user approve with their passkey (the
 * browser's prompt, through @simplewebauthn/browser), then `PUT { approvalId, credential }`. The
 * POST is never sent twice; an approval that expired or was already used is IBEx's 409
 * (`http/conflict`); closing the prompt is `webauthn/cancelled` and nothing was sent after the
 * POST. `options.signal` closes the prompt; the PUT, once sent, is not cut.
 *
 * @endpoint none (a helper of the SEPA actions)
 * @example
 * const iban = await approveSepaWrite(client, { path: '/v1.2/sepa/iban/add', body, schema, direct })
 */
export async function approveSepaWrite<TResult>(
  client: IbexClient,
  write: SepaWrite<TResult>,
  options: IbexActionOptions = {},
): Promise<TResult> {
  const { signal } = options
  const approval: SepaApproval = await client.request({
    method: 'POST',
    path: write.path,
    body: write.body,
    schema: () =>
      loadOnDemand(
        'The SEPA approval reader',
        () => import('../../schemas/sepaApprovalSchema.ts'),
      ).then((module) => module.sepaApprovalSchema),
    signal,
  })
  if (approval.approved) return write.direct(approval.result)
  if (signal?.aborted) {
    throw new IbexWebAuthnError({
      code: 'webauthn/aborted',
      message: 'The approval was cancelled before the passkey prompt opened; nothing was sent.',
      cause: signal.reason,
    })
  }
  const onAbort = () => cancelPasskeyCeremony()
  signal?.addEventListener('abort', onAbort, { once: true })
  let credential: AuthenticationResponseJSON
  try {
    credential = await getPasskeyAssertion({ optionsJSON: approval.options })
  } finally {
    signal?.removeEventListener('abort', onAbort)
  }
  return confirmSepaApproval(
    client,
    write.path,
    { approvalId: approval.approvalId, credential },
    write.schema,
  )
}
