import type { Config } from 'wagmi'
import { connect, getConnection, switchChain as switchWalletChain } from 'wagmi/actions'
import type { Eip7702Signer } from '../../../core/ceremonies/CeremonyTypes.ts'
import { toIbexWalletError } from '../../../core/ceremonies/eip7702/toIbexWalletError.ts'
import { IbexWalletError } from '../../../core/errors/IbexWalletError.ts'
import { wagmiSignerOf } from './wagmiSignerOf.ts'

/** Options of {@link resolveWagmiSigner}. */
export type ResolveWagmiSignerOptions = {
  /**
   * `uid` (or `id`) of one of the config's connectors: connect through it first unless it is
   * already the current connection. Without it, the current connection is used.
   */
  connector?: string | undefined
  /** The chain to sign up or in on. Default: whatever chain the wallet is on. */
  chainId?: number | undefined
  /**
   * When the wallet is on another chain than `chainId`: ask it to switch (`true`), or fail with
   * `wallet/wrong-chain` (`false`, the default).
   */
  switchChain?: boolean | undefined
}

function wrongChain(error: unknown): IbexWalletError {
  const mapped = toIbexWalletError(error)
  // A chain the wallet or the wagmi config does not know is still a chain problem.
  return mapped.code === 'wallet/unknown' ? toIbexWalletError(error, 'wallet/wrong-chain') : mapped
}

/**
 * The wallet of the app's wagmi config as an {@link Eip7702Signer}, after connecting through
 * `connector` when asked and checking the chain. Fails before any request to IBEx with
 * `wallet/not-connected` (no connection, unknown connector), `wallet/wrong-chain`, or the
 * wallet's own refusal (`wallet/rejected`).
 *
 * @example
 * const signer = await resolveWagmiSigner(config, { chainId: 421614 })
 * await signIn(client, { wallet: '7702', signer })
 */
export async function resolveWagmiSigner(
  config: Config,
  options: ResolveWagmiSignerOptions = {},
): Promise<Eip7702Signer> {
  const { chainId } = options
  let connection = getConnection(config)
  const wanted = options.connector
  if (
    wanted !== undefined &&
    (connection.status !== 'connected' ||
      (connection.connector.uid !== wanted && connection.connector.id !== wanted))
  ) {
    const connector =
      config.connectors.find((candidate) => candidate.uid === wanted) ??
      config.connectors.find((candidate) => candidate.id === wanted)
    if (!connector) {
      throw new IbexWalletError({
        code: 'wallet/not-connected',
        message: `The wagmi config has no connector "${wanted}".`,
      })
    }
    try {
      await connect(config, { connector, chainId })
    } catch (error) {
      throw toIbexWalletError(error)
    }
    connection = getConnection(config)
  }
  if (connection.status !== 'connected') {
    throw new IbexWalletError({
      code: 'wallet/not-connected',
      message: 'Connect a wallet first (no wagmi connection).',
    })
  }
  if (chainId !== undefined && connection.chainId !== chainId) {
    if (!options.switchChain) {
      throw new IbexWalletError({
        code: 'wallet/wrong-chain',
        message: `The wallet is on chain ${connection.chainId}; switch it to chain ${chainId}.`,
      })
    }
    try {
      await switchWalletChain(config, { chainId, connector: connection.connector })
    } catch (error) {
      throw wrongChain(error)
    }
    connection = getConnection(config)
    if (connection.status !== 'connected' || connection.chainId !== chainId) {
      throw new IbexWalletError({
        code: 'wallet/wrong-chain',
        message: `The wallet did not switch to chain ${chainId}.`,
      })
    }
  }
  return wagmiSignerOf(config, connection)
}
