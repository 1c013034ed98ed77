import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser'
import type { Address } from 'viem'
import { getPasskeyAssertion } from '../../../src/core/webauthn/getPasskeyAssertion.ts'
import type { TestIbex } from '../../utils/createTestIbex.ts'

/**
 * Prepares `operations` on the signed-in passkey user's Safe, signs the challenge with the
 * harness's software authenticator and executes them (docs/protocol.md), with plain requests:
 * a way for data tests to give the mock's ledger positions and history.
 */
export async function runPasskeyOperation(
  ibex: TestIbex,
  safeAddress: Address,
  operations: Record<string, unknown>[],
): Promise<{ userOpHash: string }> {
  const prepared = (await ibex.client.request({
    method: 'POST',
    path: '/v1.2/safes/operations',
    body: { safeAddress, chainId: 421614, operations },
  })) as { credentialRequestOptions: PublicKeyCredentialRequestOptionsJSON }
  const credential = await getPasskeyAssertion({ optionsJSON: prepared.credentialRequestOptions })
  return (await ibex.client.request({
    method: 'PUT',
    path: '/v1.2/safes/operations',
    body: { credential },
  })) as { userOpHash: string }
}
