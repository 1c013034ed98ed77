import { handleRpcCall } from '../../chain/handleRpcCall.ts'
import { chainOf } from '../../chain/chainOf.ts'
import { MockRpcError } from '../../chain/MockRpcError.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockContext } from '../../http/MockContext.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'

type RpcRequest = { jsonrpc?: unknown; id?: unknown; method?: unknown; params?: unknown }

async function answer(ctx: MockContext, chainId: number, call: RpcRequest) {
  const id = call?.id ?? null
  try {
    if (typeof call?.method !== 'string') throw new MockRpcError(-32600, 'Invalid request')
    const params = Array.isArray(call.params) ? (call.params as unknown[]) : []
    const result = await handleRpcCall(chainOf(ctx.state, chainId), call.method, params, {
      now: ctx.now(),
      confirmDelayMs: ctx.config.operationConfirmDelayMs,
    })
    return { jsonrpc: '2.0', id, result }
  } catch (error) {
    if (!(error instanceof MockRpcError)) throw error
    return { jsonrpc: '2.0', id, error: { code: error.code, message: error.message } }
  }
}

/**
 * `POST /__mock/rpc/:chainId`: a minimal Ethereum JSON-RPC node for each chain the mock serves
 * (mock-only, like the other `/__mock/` helpers), so that EIP-7702 activation and its on-chain
 * status can be exercised with no chain: point a viem/wagmi `http()` transport at
 * `<mock base URL>/__mock/rpc/11155111`. It accepts single and batched calls; see
 * `handleRpcCall` for the methods. A type-4 transaction sent raw is mined after
 * `operationConfirmDelayMs` on the mock clock, and its authorizations set the EOAs' code to
 * `0xef0100 ‖ implementation`. Not faulted: IBEx's faults are not the chain's.
 */
export const rpcRoute: MockRoute = {
  method: 'POST',
  path: '/__mock/rpc/:chainId',
  bypassFaults: true,
  handler: async (ctx) => {
    const chainId = Number(ctx.params.chainId)
    if (!Number.isInteger(chainId) || !ctx.config.servedChainIds.includes(chainId)) {
      throw new MockHttpError(
        'NOT_FOUND',
        `This mock serves no chain ${ctx.params.chainId ?? ''}; it serves ${ctx.config.servedChainIds.join(', ')}`,
      )
    }
    let body: unknown
    try {
      body = JSON.parse(await ctx.request.text())
    } catch {
      return jsonResponse({
        jsonrpc: '2.0',
        id: null,
        error: { code: -32700, message: 'Parse error' },
      })
    }
    if (Array.isArray(body)) {
      const answers = []
      for (const call of body) answers.push(await answer(ctx, chainId, call as RpcRequest))
      return jsonResponse(answers)
    }
    return jsonResponse(await answer(ctx, chainId, body as RpcRequest))
  },
}
