// Public API of `ibex-react/testing`: the mock IBEx as a test kit for apps' own suites (Node only).
// Playwright: `addVirtualAuthenticator`, `ibexFixtures`; Vitest/Jest + jsdom: `createIbexTestMock`;
// any runner against a running mock: `connectIbexMock`.
export {
  addVirtualAuthenticator,
  type AddVirtualAuthenticatorOptions,
  type IbexCdpSession,
  type IbexPlaywrightPage,
  type VirtualAuthenticatorHandle,
  type VirtualCredential,
} from '../testing/addVirtualAuthenticator.ts'
export {
  ibexFixtures,
  type IbexPlaywrightMock,
  type IbexTestFixtures,
  type IbexWorkerFixtures,
} from '../testing/ibexFixtures.ts'
export {
  createIbexTestMock,
  type CreateIbexTestMockOptions,
  type IbexTestMock,
  type IbexTestMswServer,
  type IbexTestProviderProps,
} from '../testing/createIbexTestMock.ts'
export { connectIbexMock, type ConnectIbexMockOptions } from '../testing/connectIbexMock.ts'
export type { IbexMockControls, IbexSessionTarget } from '../testing/IbexMockControls.ts'
export type {
  MockExpireSessionOptions,
  MockExpireSessionResult,
  MockSessionTarget,
} from '../mock/tokens/expireSessions.ts'
