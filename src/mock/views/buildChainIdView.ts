import { chainInfo } from '../wallet/chainCatalog.ts'
import type { MockView } from './MockView.ts'

/**
 * `GET /users/me/chainid` (docs/protocol.md): every active chain, its module flags for the
 * signer (`false` = available but off, `"N/A"` = not offered) and the user's wallets on it.
 *
 * @example
 * buildChainIdView(view).defaultChainId // 421614
 */
export function buildChainIdView(view: MockView): Record<string, unknown> {
  return {
    defaultChainId: view.config.defaultChainId,
    chains: view.config.chainIds.map((chainId) => {
      const info = chainInfo(chainId)
      const safe = view.user.safeAddress[String(chainId)]
      return {
        chainId,
        chainName: info.name,
        modules: {
          recovery: info.modules.recovery ? false : 'N/A',
          automation: info.modules.automation ? false : 'N/A',
          multisig: 'N/A',
        },
        wallets: safe ? [{ address: safe }] : [],
      }
    }),
  }
}
