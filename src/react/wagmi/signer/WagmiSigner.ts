import type { Hex } from 'viem'
import type { Eip7702Signer } from '../../../core/ceremonies/CeremonyTypes.ts'

/**
 * The connected wagmi wallet as one signer for everything an EIP-7702 user signs: sign-up and
 * sign-in (a text message) and operations (the raw `userOpHash` bytes as `{ raw }`), so the same
 * value is the `signer` of `useSignIn`, `useTransfer` or `<TransferForm>`.
 *
 * @example
 * const signer = useWagmiSigner()
 * <TransferForm signer={signer} />
 */
export type WagmiSigner = Omit<Eip7702Signer, 'signMessage'> & {
  /** EIP-191 `personal_sign` through the connection's connector, of a text or of raw bytes. */
  signMessage: (message: string | { raw: Hex }) => Promise<Hex>
}
