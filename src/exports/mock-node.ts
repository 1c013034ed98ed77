// Public API of `ibex-react/mock/node`: the mock IBEx as a Node HTTP server (Node only).
export {
  startMockIbexServer,
  type MockIbexServer,
  type StartMockIbexServerOptions,
} from '../mock/node/startMockIbexServer.ts'
export {
  attachMockIbexWebSocket,
  type MockIbexWebSocket,
} from '../mock/node/attachMockIbexWebSocket.ts'
