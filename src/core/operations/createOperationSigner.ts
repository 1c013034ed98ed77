import { emailOperationSigner } from './emailOperationSigner.ts'
import { IbexOperationError } from './IbexOperationError.ts'
import type { OperationAccount } from './OperationAccount.ts'
import type { OperationSigner } from './OperationSigner.ts'
import type { OperationSignerInput } from './OperationSignerInput.ts'
import { passkeyOperationSigner } from './passkeyOperationSigner.ts'
import { pinOperationSigner } from './pinOperationSigner.ts'
import { walletOperationSigner } from './walletOperationSigner.ts'

/**
 * The signer of the session's sign-in method (its `authMethod`), its inputs checked before any
 * request: passkey (nothing to give), PIN (`pin`), email (`passphrase`, and `emailCode` until
 * the backup is in memory) or EIP-7702 (`signer`). Other methods are
 * `operation/signer-unsupported`.
 *
 * @example
 * const signer = createOperationSigner(account, { pin: '482916' })
 */
export function createOperationSigner(
  account: OperationAccount,
  input: OperationSignerInput,
): OperationSigner {
  const method = account.user.authMethod.toUpperCase()
  switch (method) {
    case 'PASSKEY':
      return passkeyOperationSigner()
    case 'PIN_KDF':
      return pinOperationSigner(account, input)
    case 'EMAIL':
      return emailOperationSigner(account, input)
    case 'EOA_7702':
      return walletOperationSigner(account, input)
    default:
      throw new IbexOperationError({
        code: 'operation/signer-unsupported',
        message: `Users signed in with ${method} cannot sign operations with this kit.`,
      })
  }
}
