import * as v from 'valibot'
import type { IbexUserChain, IbexUserModuleState } from '../parse/IbexUserChains.ts'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { lenient } from './lenient.ts'

// IBEx sends true / false / "N/A"; anything else is read as not offered rather than refused.
const moduleStateSchema = v.pipe(
  v.unknown(),
  v.transform((flag): IbexUserModuleState =>
    flag === true ? 'enabled' : flag === false ? 'disabled' : 'unavailable',
  ),
)

const chainSchema = v.pipe(
  v.looseObject({
    chainId: chainIdSchema,
    chainName: lenient(v.string()),
    modules: v.optional(v.record(v.string(), moduleStateSchema), {}),
    wallets: v.optional(v.array(v.looseObject({ address: addressSchema })), []),
  }),
  v.transform((chain): IbexUserChain => ({
    chainId: chain.chainId,
    chainName: chain.chainName ?? undefined,
    modules: {
      ...chain.modules,
      recovery: chain.modules.recovery ?? 'unavailable',
      automation: chain.modules.automation ?? 'unavailable',
      multisig: chain.modules.multisig ?? 'unavailable',
    },
    wallets: chain.wallets.map((wallet) => wallet.address),
  })),
)

/**
 * The body of `GET /v1.2/users/me/chainid`: the default chain and every
 * active chain with the signer's module states and wallets.
 *
 * @example
 * const { chains } = v.parse(userChainsResponseSchema, json)
 */
export const userChainsResponseSchema = v.pipe(
  v.looseObject({
    defaultChainId: lenient(chainIdSchema),
    chains: v.array(chainSchema),
  }),
  v.transform((body) => ({
    defaultChainId: body.defaultChainId ?? undefined,
    chains: body.chains,
  })),
)
