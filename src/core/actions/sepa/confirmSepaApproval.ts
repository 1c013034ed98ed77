import type { AuthenticationResponseJSON } from '@simplewebauthn/browser'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { SepaWrite } from './approveSepaWrite.ts'

/**
 * The second step alone: `PUT { approvalId, credential }` on a SEPA write's path. IBEx answers 404
 * for an unknown approval and 409 for one expired, already used or executed. Never retried.
 *
 * @endpoint none (a helper of the SEPA actions)
 * @example
 * await confirmSepaApproval(client, '/v1.2/sepa/payments', { approvalId, credential }, schema)
 */
export function confirmSepaApproval<TResult>(
  client: IbexClient,
  path: SepaWrite<TResult>['path'],
  body: { approvalId: string; credential: AuthenticationResponseJSON },
  schema: SepaWrite<TResult>['schema'],
): Promise<TResult> {
  return client.request({ method: 'PUT', path, body, schema })
}
