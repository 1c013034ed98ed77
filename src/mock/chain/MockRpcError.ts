/**
 * A JSON-RPC error of the mock chain (answered `{ jsonrpc, id, error: { code, message } }`),
 * with the codes nodes use: -32601 unknown method, -32602 bad params, -32000 refused transaction.
 */
export class MockRpcError extends Error {
  override name = 'MockRpcError'
  readonly code: number

  constructor(code: number, message: string) {
    super(message)
    this.code = code
  }
}
