import { mergeProtocolProfile } from '../core/protocol/mergeProtocolProfile.ts'
import { buildSignInData } from './data/buildSignInData.ts'
import type { MockIbexConfig, MockIbexOptions, MockInitialBalances } from './MockIbexOptions.ts'

/** What a new Safe holds unless `initialBalances` says otherwise. */
export const defaultInitialBalances: MockInitialBalances = {
  421614: { 'EUR-IBEX': '100', 'USD-IBEX': '100', ETH: '0.01' },
}

/** Chains IBEx's documentation names: Sepolia, Arbitrum One, Ethereum. */
const documentedChainIds = [11155111, 42161, 1]

function setTimer(callback: () => void, ms: number): () => void {
  const timer = setTimeout(callback, ms)
  return () => clearTimeout(timer)
}

/** {@link MockIbexOptions} with IBEx's documented defaults (docs/protocol.md). */
export function resolveMockIbexConfig(options: MockIbexOptions): MockIbexConfig {
  const chainIds = options.chainIds ?? [421614, 100, 8453]
  return {
    rpIds: (options.rpIds ?? []).map((rpId) => rpId.trim().toLowerCase()),
    defaultChainId: options.defaultChainId ?? 421614,
    chainIds,
    servedChainIds: [...new Set([...chainIds, ...documentedChainIds])],
    accessTokenTtl: options.accessTokenTtl ?? 3600,
    refreshTokenTtl: options.refreshTokenTtl ?? 86_400,
    otpTtl: options.otpTtl ?? 30,
    challengeTtl: options.challengeTtl ?? 300,
    now: options.now ?? Date.now,
    seed: options.seed,
    allowedOrigins: options.allowedOrigins ?? [],
    returnOtpInResponse: options.returnOtpInResponse ?? false,
    signInDataDelayMs: options.signInDataDelayMs ?? 500,
    buildSignInData: options.buildSignInData ?? buildSignInData,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    initialBalances: options.initialBalances ?? defaultInitialBalances,
    operationConfirmDelayMs: options.operationConfirmDelayMs ?? 1500,
    operationTtl: options.operationTtl ?? 300,
    quoteTtl: options.quoteTtl ?? 300,
    webSocket: {
      authTimeoutMs: options.webSocket?.authTimeoutMs ?? 30_000,
      closeDelayMs: options.webSocket?.closeDelayMs ?? 500,
    },
    setTimer: options.setTimer ?? setTimer,
    strictUserDataRpId: options.strictUserDataRpId ?? false,
    protocol: mergeProtocolProfile(options.protocol),
    devToken: options.devToken || undefined,
  }
}
