import { IbexWalletError, type IbexWalletErrorCode } from '../../errors/IbexWalletError.ts'

// EIP-1193 provider codes (and JSON-RPC ones wallets use) → the kit's codes.
const BY_RPC_CODE: Record<number, IbexWalletErrorCode> = {
  4001: 'wallet/rejected',
  4100: 'wallet/not-connected',
  4900: 'wallet/not-connected',
  4901: 'wallet/not-connected',
  4902: 'wallet/wrong-chain',
  4200: 'wallet/unsupported',
  [-32004]: 'wallet/unsupported',
  [-32601]: 'wallet/unsupported',
}

// Error names of viem and wagmi, for errors that carry no provider code.
const BY_NAME: Record<string, IbexWalletErrorCode> = {
  UserRejectedRequestError: 'wallet/rejected',
  UnauthorizedProviderError: 'wallet/not-connected',
  ProviderDisconnectedError: 'wallet/not-connected',
  ChainDisconnectedError: 'wallet/not-connected',
  ConnectorNotConnectedError: 'wallet/not-connected',
  ConnectorAccountNotFoundError: 'wallet/not-connected',
  AccountNotFoundError: 'wallet/not-connected',
  ChainMismatchError: 'wallet/wrong-chain',
  ConnectorChainMismatchError: 'wallet/wrong-chain',
  SwitchChainError: 'wallet/wrong-chain',
  UnsupportedProviderMethodError: 'wallet/unsupported',
  MethodNotSupportedRpcError: 'wallet/unsupported',
  MethodNotFoundRpcError: 'wallet/unsupported',
}

const MESSAGES: Record<IbexWalletErrorCode, string> = {
  'wallet/rejected': 'The wallet request was refused.',
  'wallet/not-connected': 'The wallet is not connected (or this site is not authorised).',
  'wallet/wrong-chain': 'The wallet is on another chain than the one asked for.',
  'wallet/address-mismatch': 'The wallet signed with another account than the connected one.',
  'wallet/unsupported': 'The wallet cannot do what was asked.',
  'wallet/aborted': 'The wallet step was aborted.',
  'wallet/unknown': 'The wallet could not sign.',
}

/**
 * Maps what a wallet threw (EIP-1193 errors, viem or wagmi errors, walking `cause`) to an
 * {@link IbexWalletError} with a stable code; the original error is kept in `cause`.
 *
 * @example
 * try { await signer.signMessage(message) } catch (error) { throw toIbexWalletError(error) }
 */
export function toIbexWalletError(
  error: unknown,
  code?: IbexWalletErrorCode | undefined,
): IbexWalletError {
  if (error instanceof IbexWalletError && code === undefined) return error
  let found = code
  for (let next = error, depth = 0; !found && next && depth < 10; depth++) {
    const { code: rpcCode, name } = next as { code?: unknown; name?: unknown }
    found =
      (typeof rpcCode === 'number' ? BY_RPC_CODE[rpcCode] : undefined) ??
      (typeof name === 'string' && Object.hasOwn(BY_NAME, name) ? BY_NAME[name] : undefined)
    next = (next as { cause?: unknown }).cause
  }
  const final = found ?? 'wallet/unknown'
  return new IbexWalletError({ code: final, message: MESSAGES[final], cause: error })
}
