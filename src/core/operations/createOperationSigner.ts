import { loadOnDemand } from '../utils/loadOnDemand.ts'
import { IbexOperationError } from './IbexOperationError.ts'
import type { OperationAccount } from './OperationAccount.ts'
import type { OperationSigner } from './OperationSigner.ts'
import type { OperationSignerInput } from './OperationSignerInput.ts'
import { passkeyOperationSigner } from './passkeyOperationSigner.ts'

/**
 * The signer of the session's sign-in method (its `authMethod`), loaded on demand, its inputs checked before any
 * request: passkey (nothing to give), PIN (`pin`), email (`passphrase`, and `emailCode` until
 * the backup is in memory) or EIP-7702 (`signer`). Other methods are
 * `operation/signer-unsupported`.
 *
 * @example
 * const signer = await createOperationSigner(account, { pin: '482916' })
 */
export async function createOperationSigner(
  account: OperationAccount,
  input: OperationSignerInput,
): Promise<OperationSigner> {
  const method = account.user.authMethod.toUpperCase()
  // The PIN, email and wallet signers load only for users of those methods: a passkey-only app
  // never downloads their crypto, schemas and worker. Their input checks still run before any
  // request of the operation.
  switch (method) {
    case 'PASSKEY':
      return passkeyOperationSigner()
    case 'PIN_KDF':
      return (
        await loadOnDemand('The PIN signer', () => import('./pinOperationSigner.ts'))
      ).pinOperationSigner(account, input)
    case 'EMAIL':
      return (
        await loadOnDemand('The email signer', () => import('./emailOperationSigner.ts'))
      ).emailOperationSigner(account, input)
    case 'EOA_7702':
      return (
        await loadOnDemand('The wallet signer', () => import('./walletOperationSigner.ts'))
      ).walletOperationSigner(account, input)
    default:
      throw new IbexOperationError({
        code: 'operation/signer-unsupported',
        message: `Users signed in with ${method} cannot sign operations with this kit.`,
      })
  }
}
