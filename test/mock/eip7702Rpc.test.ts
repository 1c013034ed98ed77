// @vitest-environment node
// The mock's JSON-RPC node (`POST /__mock/rpc/:chainId`) driven by viem clients with an `http`
// transport, as an app's wagmi config would: through the Node adapter, and through MSW.
import { setupServer } from 'msw/node'
import {
  createPublicClient,
  createWalletClient,
  http,
  zeroAddress,
  type Chain,
  type PrivateKeyAccount,
} from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { arbitrumSepolia, sepolia } from 'viem/chains'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMockIbex, type MockIbex } from '../../src/mock/createMockIbex.ts'
import { safeEip7702ProxyAddress } from '../../src/mock/modes/eip7702/safeEip7702ProxyAddress.ts'
import { mockIbexHandlers } from '../../src/mock/msw/mockIbexHandlers.ts'
import {
  startMockIbexServer,
  type MockIbexServer,
} from '../../src/mock/node/startMockIbexServer.ts'

const CONFIRM_MS = 1_000
let now = Date.now()
let node: MockIbexServer

beforeAll(async () => {
  node = await startMockIbexServer({
    port: 0,
    mock: createMockIbex({ now: () => now, operationConfirmDelayMs: CONFIRM_MS }),
  })
})
afterAll(() => node.close())

function clientsFor(rpcUrl: string, chain: Chain, account: PrivateKeyAccount) {
  const transport = http(rpcUrl, { retryCount: 0 })
  return {
    publicClient: createPublicClient({ chain, transport }),
    walletClient: createWalletClient({ account, chain, transport }),
  }
}

async function delegate(
  { walletClient }: ReturnType<typeof clientsFor>,
  account: PrivateKeyAccount,
  signer: PrivateKeyAccount = account,
) {
  const authorization = await walletClient.signAuthorization({
    account: signer,
    contractAddress: safeEip7702ProxyAddress,
    executor: signer === account ? 'self' : undefined,
  })
  return walletClient.sendTransaction({
    authorizationList: [authorization],
    to: account.address,
    data: '0x',
  })
}

async function rpc(url: string, body: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('the mock chain JSON-RPC (Node adapter)', () => {
  it('accepts a type-4 transaction, mines it after the confirm delay, and the EOA code becomes 0xef0100 ‖ implementation', async () => {
    const account = privateKeyToAccount(generatePrivateKey())
    const clients = clientsFor(`${node.url}/__mock/rpc/11155111`, sepolia, account)
    expect(await clients.publicClient.getChainId()).toBe(11155111)
    expect(await clients.publicClient.getCode({ address: account.address })).toBeUndefined()

    const hash = await delegate(clients, account)
    expect(hash).toMatch(/^0x[0-9a-f]{64}$/)
    // Pending: no receipt, no code yet; the sender's nonce has moved.
    expect(await clients.publicClient.getCode({ address: account.address })).toBeUndefined()
    await expect(clients.publicClient.getTransactionReceipt({ hash })).rejects.toThrow(
      /could not be found/,
    )
    expect(await clients.publicClient.getTransactionCount({ address: account.address })).toBe(1)

    now += CONFIRM_MS
    const receipt = await clients.publicClient.getTransactionReceipt({ hash })
    expect(receipt).toMatchObject({ status: 'success', type: 'eip7702', from: account.address })
    expect(await clients.publicClient.getCode({ address: account.address })).toBe(
      `0xef0100${safeEip7702ProxyAddress.slice(2).toLowerCase()}`,
    )
    // The authorization's nonce was consumed too (EIP-7702: tx nonce + 1 for a self-sponsor).
    expect(await clients.publicClient.getTransactionCount({ address: account.address })).toBe(2)
    const transaction = await clients.publicClient.getTransaction({ hash })
    expect(transaction.authorizationList).toMatchObject([
      { address: safeEip7702ProxyAddress, chainId: 11155111, nonce: 1 },
    ])
    const chain = node.mock.state.chains.get(11155111)
    expect(chain?.transactions.get(hash)?.authorizations).toMatchObject([
      { authority: account.address, result: 'applied' },
    ])
  })

  it('skips an authorization signed by another key, as a chain does: the transaction succeeds, the code stays empty', async () => {
    const account = privateKeyToAccount(generatePrivateKey())
    const other = privateKeyToAccount(generatePrivateKey())
    const clients = clientsFor(`${node.url}/__mock/rpc/11155111`, sepolia, account)
    const forged = await clients.walletClient.signAuthorization({
      account: other,
      contractAddress: safeEip7702ProxyAddress,
      chainId: 11155111,
      nonce: 1,
    })
    const hash = await clients.walletClient.sendTransaction({
      authorizationList: [forged],
      to: account.address,
    })
    now += CONFIRM_MS
    expect((await clients.publicClient.getTransactionReceipt({ hash })).status).toBe('success')
    expect(await clients.publicClient.getCode({ address: account.address })).toBeUndefined()
    expect(node.mock.state.chains.get(11155111)?.transactions.get(hash)?.authorizations).toEqual([
      expect.objectContaining({ authority: other.address, result: 'wrong-nonce' }),
    ])
  })

  it('refuses a replayed nonce and a transaction for another chain, like a node', async () => {
    const account = privateKeyToAccount(generatePrivateKey())
    const sepoliaClients = clientsFor(`${node.url}/__mock/rpc/11155111`, sepolia, account)
    const serialized = await account.signTransaction({
      chainId: 11155111,
      nonce: 0,
      to: zeroAddress,
      gas: 21_000n,
      maxFeePerGas: 2_000_000_000n,
      maxPriorityFeePerGas: 100_000_000n,
    })
    await sepoliaClients.walletClient.sendRawTransaction({ serializedTransaction: serialized })
    await expect(
      sepoliaClients.walletClient.sendRawTransaction({ serializedTransaction: serialized }),
    ).rejects.toThrow(/already known/)

    const url = `${node.url}/__mock/rpc/421614`
    const wrongChain = await rpc(url, {
      jsonrpc: '2.0',
      id: 7,
      method: 'eth_sendRawTransaction',
      params: [serialized],
    })
    expect(wrongChain.body).toMatchObject({ id: 7, error: { code: -32000 } })
    expect(String((wrongChain.body.error as { message: string }).message)).toContain('chain')
    const arbitrum = clientsFor(url, arbitrumSepolia, account)
    const stale = await account.signTransaction({
      chainId: 421614,
      nonce: 3,
      to: zeroAddress,
      gas: 21_000n,
      maxFeePerGas: 2_000_000_000n,
      maxPriorityFeePerGas: 100_000_000n,
    })
    await expect(
      arbitrum.walletClient.sendRawTransaction({ serializedTransaction: stale }),
    ).rejects.toThrow(/nonce too high/)
  })

  it('answers batches, unknown methods with -32601, and 404 for a chain it does not serve', async () => {
    const url = `${node.url}/__mock/rpc/1`
    const batch = await rpc(url, [
      { jsonrpc: '2.0', id: 1, method: 'eth_chainId' },
      { jsonrpc: '2.0', id: 2, method: 'eth_mine' },
    ])
    expect(batch.body).toEqual([
      { jsonrpc: '2.0', id: 1, result: '0x1' },
      {
        jsonrpc: '2.0',
        id: 2,
        error: { code: -32601, message: expect.stringContaining('eth_mine') },
      },
    ])
    const unknown = await rpc(`${node.url}/__mock/rpc/5`, {
      jsonrpc: '2.0',
      id: 1,
      method: 'eth_chainId',
    })
    expect(unknown.status).toBe(404)
  })

  it('lists the chains the docs name (Sepolia, Arbitrum One, Ethereum) with the others', () => {
    expect(node.mock.config.servedChainIds).toEqual(
      expect.arrayContaining([421614, 100, 8453, 11155111, 42161, 1]),
    )
  })
})

describe('the mock chain JSON-RPC (MSW adapter)', () => {
  const server = setupServer()
  let mock: MockIbex
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())

  it('serves the same node under the handlers base URL', async () => {
    mock = createMockIbex({ operationConfirmDelayMs: 0 })
    server.use(...mockIbexHandlers(mock, { baseUrl: 'https://ibex.test/api' }))
    const account = privateKeyToAccount(generatePrivateKey())
    const clients = clientsFor('https://ibex.test/api/__mock/rpc/11155111', sepolia, account)
    const hash = await delegate(clients, account)
    expect(
      (await clients.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 10 })).status,
    ).toBe('success')
    expect(await clients.publicClient.getCode({ address: account.address })).toBe(
      `0xef0100${safeEip7702ProxyAddress.slice(2).toLowerCase()}`,
    )
  })
})
