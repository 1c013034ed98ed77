// A JSON-RPC node for the wagmi app (reads over `http('/rpc')`) and the wallet stub injected into
// its page (`window.ethereum`, forwarding to the same node): one account holding 1 ETH on
// Arbitrum Sepolia, transactions accepted with a fixed hash. wagmi reads the balance through
// Multicall3 (`aggregate3` of `getEthBalance`): answered with 1 ETH per call.
import {
  decodeFunctionData,
  encodeAbiParameters,
  encodeFunctionResult,
  multicall3Abi,
  type Hex,
} from 'viem'

const ONE_ETH = 10n ** 18n
const ACCOUNT = '0x2222222222222222222222222222222222222222'
const answers: Record<string, unknown> = {
  eth_chainId: '0x66eee',
  net_version: '421614',
  eth_accounts: [ACCOUNT],
  eth_requestAccounts: [ACCOUNT],
  wallet_requestPermissions: [{ parentCapability: 'eth_accounts' }],
  wallet_getPermissions: [{ parentCapability: 'eth_accounts' }],
  eth_getBalance: '0xde0b6b3a7640000',
  eth_blockNumber: '0x10',
  eth_getTransactionCount: '0x0',
  eth_estimateGas: '0x5208',
  eth_gasPrice: '0x3b9aca00',
  eth_maxPriorityFeePerGas: '0x3b9aca00',
  eth_sendTransaction: `0x${'ab'.repeat(32)}`,
  eth_getBlockByNumber: {
    number: '0x10',
    hash: `0x${'cd'.repeat(32)}`,
    parentHash: `0x${'ef'.repeat(32)}`,
    timestamp: '0x6553f100',
    baseFeePerGas: '0x3b9aca00',
    gasLimit: '0x1c9c380',
    gasUsed: '0x0',
    transactions: [],
  },
}

type RpcRequest = { id?: unknown; method?: string; params?: unknown[] }

function call(params: unknown[] | undefined): Hex {
  const data = (params?.[0] as { data?: Hex } | undefined)?.data
  if (!data) return '0x'
  const decoded = decodeFunctionData({ abi: multicall3Abi, data })
  if (decoded.functionName !== 'aggregate3')
    return encodeAbiParameters([{ type: 'uint256' }], [ONE_ETH])
  const calls = decoded.args[0]
  return encodeFunctionResult({
    abi: multicall3Abi,
    functionName: 'aggregate3',
    result: calls.map(() => ({
      success: true,
      returnData: encodeAbiParameters([{ type: 'uint256' }], [ONE_ETH]),
    })),
  })
}

/** Answers one JSON-RPC request or a batch. */
export function rpcNode(body: unknown): unknown {
  const one = (request: RpcRequest) =>
    request.method === 'eth_call'
      ? { jsonrpc: '2.0', id: request.id ?? null, result: call(request.params) }
      : request.method && request.method in answers
        ? { jsonrpc: '2.0', id: request.id ?? null, result: answers[request.method] }
        : {
            jsonrpc: '2.0',
            id: request.id ?? null,
            error: { code: -32601, message: `${request.method} not supported` },
          }
  return Array.isArray(body)
    ? body.map((request) => one(request as RpcRequest))
    : one(body as RpcRequest)
}

/** The page script defining `window.ethereum`, an EIP-1193 wallet forwarding to `/rpc`. */
export const injectedWalletScript = `(() => {
  let id = 0
  window.ethereum = {
    async request({ method, params }) {
      const response = await fetch('/rpc', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }),
      })
      const answer = await response.json()
      if (answer.error) throw Object.assign(new Error(answer.error.message), { code: answer.error.code })
      return answer.result
    },
    on() {},
    removeListener() {},
  }
})()`
