// Public API of `ibex-react/mock`: a faithful in-memory IBEx for tests, Storybook and demos.
// Browser-safe: the Node HTTP server is `src/mock/node/startMockIbexServer.ts` (its own entry).
export { createMockIbex, type MockIbex } from '../mock/createMockIbex.ts'
export type { MockIbexOptions, MockIbexConfig } from '../mock/MockIbexOptions.ts'
export { mockIbexHandlers, type MockIbexHandlersOptions } from '../mock/msw/mockIbexHandlers.ts'
export {
  mockErrorCodes,
  mockErrorStatus,
  type MockErrorCode,
} from '../mock/errors/mockErrorCodes.ts'
export type { MockFaultsPatch } from '../mock/faults/MockFaultsPatch.ts'
export type { MockFaults, MockOutboxEntry, MockState } from '../mock/state/MockState.ts'
export type { MockUser, MockWallet } from '../mock/state/MockUser.ts'
export type { MockChain } from '../mock/chain/MockChain.ts'
export type { MockTenant, MockPasskeyCredential } from '../mock/state/MockTenant.ts'
export {
  buildSignInData,
  type SignInData,
  type SignInDataBuilder,
  type SignInDataInput,
} from '../mock/data/buildSignInData.ts'
export { eip7702ChallengeMessage } from '../mock/modes/eip7702/eip7702ChallengeMessage.ts'
export {
  createSoftwareAuthenticator,
  type SoftwareAuthenticator,
} from '../mock/authenticator/createSoftwareAuthenticator.ts'
export { SoftwarePublicKeyCredential } from '../mock/authenticator/SoftwarePublicKeyCredential.ts'
export type {
  SoftwareAssertionResponse,
  SoftwareAttestationResponse,
  SoftwareAuthenticatorOptions,
  SoftwareAuthenticationJSON,
  SoftwareCreationOptionsJSON,
  SoftwareCredentialJSON,
  SoftwareCredentialInfo,
  SoftwareRegistrationJSON,
  SoftwareRequestOptionsJSON,
} from '../mock/authenticator/SoftwareAuthenticatorTypes.ts'
export {
  mockIbexSocketHandler,
  type MockIbexSocketHandlerOptions,
} from '../mock/msw/mockIbexSocketHandler.ts'
export type { MockSocketHub } from '../mock/realtime/createSocketHub.ts'
export type {
  MockSocketConnection,
  MockSocketInfo,
  MockSocketSession,
} from '../mock/realtime/MockSocketConnection.ts'
export type { MockInitialBalances, MockTimerCancel } from '../mock/MockIbexOptions.ts'
export type { MockFaucetRequest, MockFaucetResult } from '../mock/wallet/creditFaucet.ts'
export { mockTokens, nativeTokenAddress, eurUsdRate } from '../mock/wallet/tokenCatalog.ts'
export type { MockToken, MockTokenType } from '../mock/wallet/MockToken.ts'
export { mockVaults, type MockVault, type MockVaultProvider } from '../mock/wallet/vaultCatalog.ts'
export type {
  MockLedger,
  MockLedgerEvent,
  MockPosition,
  MockTransaction,
} from '../mock/wallet/MockLedger.ts'
export type {
  MockOperationIntent,
  MockOperationStatus,
} from '../mock/operations/MockOperationIntent.ts'
export type { MockOperationSpec, HyperliquidAction } from '../mock/operations/MockOperationSpec.ts'
export type { MockQuote } from '../mock/operations/MockQuote.ts'
export type { AccessTokenCheck, AccessTokenFailure } from '../mock/tokens/verifyAccessToken.ts'
export type {
  MockExpireSessionOptions,
  MockExpireSessionResult,
  MockSessionTarget,
} from '../mock/tokens/expireSessions.ts'
