import { isAddressEqual, isHex, recoverMessageAddress, type Address, type Hex } from 'viem'
import { toIbexWalletError } from '../ceremonies/eip7702/toIbexWalletError.ts'
import { IbexWalletError } from '../errors/IbexWalletError.ts'
import { encodeOperationSignature, operationSignMessage } from '../protocol/operationSignature.ts'
import type { OperationAccount } from './OperationAccount.ts'
import type { OperationSigner } from './OperationSigner.ts'
import type { OperationSignerInput } from './OperationSignerInput.ts'
import { parseAddressInput } from './parseAddressInput.ts'

async function signedBy(message: { raw: Hex }, signature: unknown): Promise<Address | undefined> {
  if (!isHex(signature)) return undefined
  try {
    return await recoverMessageAddress({ message, signature })
  } catch {
    return undefined
  }
}

/**
 * EIP-7702 users: the connected wallet (`signer`) signs the 32 raw `userOpHash` bytes with
 * `personal_sign` (or its hex text, by `protocol.operation`). Checked first: a wallet is given (`wallet/not-connected`) and it is the
 * session's EOA (`wallet/address-mismatch`); the signature must recover to it too, so a wallet
 * that switched accounts is caught before the PUT. A refusal in the wallet is `wallet/rejected`.
 *
 * @example
 * const signature = await walletOperationSigner(account, { signer }).sign(intent, signal)
 */
export function walletOperationSigner(
  account: OperationAccount,
  input: OperationSignerInput,
): OperationSigner {
  const { signer } = input
  if (typeof signer?.signMessage !== 'function') {
    throw new IbexWalletError({
      code: 'wallet/not-connected',
      message: 'Connect the wallet first: pass `signer` ({ address, signMessage }).',
    })
  }
  const address = parseAddressInput(signer.address, 'signer.address')
  const bound = account.user.eoaAddress ?? account.safeAddress
  if (!isAddressEqual(bound, address)) throw toIbexWalletError(undefined, 'wallet/address-mismatch')
  const aborted = (signal: AbortSignal) => toIbexWalletError(signal.reason, 'wallet/aborted')
  const rule = account.client.config.protocol.operation
  return {
    async sign(intent, signal) {
      if (signal?.aborted) throw aborted(signal)
      let signature: unknown
      try {
        signature = await signer.signMessage(operationSignMessage(intent.userOpHash, rule))
      } catch (error) {
        throw toIbexWalletError(error)
      }
      // The wallet prompt cannot be closed from here; its answer is dropped instead.
      if (signal?.aborted) throw aborted(signal)
      const recovered = await signedBy(operationSignMessage(intent.userOpHash, rule), signature)
      if (!recovered || !isAddressEqual(recovered, address)) {
        throw toIbexWalletError(undefined, 'wallet/address-mismatch')
      }
      return {
        signature: encodeOperationSignature(signature as Hex, rule),
        ...(rule.publicKey ? { publicKey: address } : {}),
        userOpHash: intent.userOpHash,
      }
    },
  }
}
