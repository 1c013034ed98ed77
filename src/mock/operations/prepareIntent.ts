import { bytesToHex, hexToBytes } from 'viem'
import { bytesToBase64url } from '../../core/utils/base64.ts'
import { randomHash } from '../crypto/randomHash.ts'
import { MockHttpError } from '../errors/MockHttpError.ts'
import { optionalString, requiredAddress } from '../http/bodyFields.ts'
import type { MockContext } from '../http/MockContext.ts'
import { resolveChainId } from '../http/resolveChainId.ts'
import type { MockView } from '../views/MockView.ts'
import { openLedgerDraft } from '../wallet/openLedgerDraft.ts'
import type { MockOperationIntent } from './MockOperationIntent.ts'
import { parseOperation } from './parseOperation.ts'
import { planOperation } from './planOperation.ts'

function ttlOf(ctx: MockContext, body: Record<string, unknown>, kind: 'single' | 'batch'): number {
  const options = body.options as { ttlSec?: unknown } | undefined
  if (kind !== 'batch' || options?.ttlSec === undefined) return ctx.config.operationTtl
  const ttl = options.ttlSec
  if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 60 || ttl > 3600) {
    throw new MockHttpError('VALIDATION', 'options.ttlSec must be an integer from 60 to 3600')
  }
  return ttl
}

/**
 * Validates a `POST /v1.2/safes/operations` (or `batch-intent`) body and records the intent:
 * the Safe must be the caller's on the chain (400 `unknown safe address`), every operation
 * valid, Hyperliquid refused in a batch (400 NOT_IMPLEMENTED), and the whole list
 * affordable now (simulated on a draft of the ledger). A batch `idempotencyKey` returns the
 * same open intent.
 *
 * @example
 * const intent = prepareIntent(ctx, view, await ctx.body(), 'single')
 */
export function prepareIntent(
  ctx: MockContext,
  view: MockView,
  body: Record<string, unknown>,
  kind: 'single' | 'batch',
): MockOperationIntent {
  const { user, tenant, now } = view
  const chainId = resolveChainId(ctx, body.chainId)
  const safe = requiredAddress(body.safeAddress, 'safeAddress')
  if (user.safeAddress[String(chainId)] !== safe) {
    throw new MockHttpError('UNKNOWN_SAFE', 'unknown safe address')
  }
  const signerMode = user.wallet === '7702' ? 'EOA_7702' : 'SAFE_4337'
  const walletMode = optionalString(body, 'walletMode') ?? signerMode
  if (walletMode !== signerMode) {
    throw new MockHttpError('VALIDATION', `walletMode must be ${signerMode} for this signer`)
  }
  const ttl = ttlOf(ctx, body, kind)
  const idempotencyKey = kind === 'batch' ? optionalString(body, 'idempotencyKey') : undefined
  if (idempotencyKey !== undefined) {
    const open = [...tenant.operations.values()].find(
      (intent) =>
        intent.idempotencyKey === idempotencyKey &&
        intent.externalUserId === user.externalUserId &&
        intent.signedAt === undefined &&
        now <= intent.expiresAt,
    )
    if (open) return open
  }
  const raw = body.operations
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new MockHttpError('VALIDATION', 'operations must be a non-empty array')
  }
  const context = { view, chainId, safe }
  const operations = raw.map((item, index) => parseOperation(item, index, context))
  if (kind === 'batch') {
    const hyperliquid = operations.find((operation) => operation.kind === 'hyperliquid')
    if (hyperliquid) {
      throw new MockHttpError(
        'NOT_IMPLEMENTED',
        `operations[${hyperliquid.index}]: ${hyperliquid.type} is not allowed in a batch`,
        { status: 400 },
      )
    }
  }
  const draft = openLedgerDraft(view.state.ledger)
  for (const operation of operations) planOperation(draft, operation, context)

  const userOpHash = randomHash(view.state.random)
  const intent: MockOperationIntent = {
    batchId: bytesToHex(view.state.random.bytes(12)).slice(2),
    userOpHash,
    challenge: bytesToBase64url(hexToBytes(userOpHash)),
    kind,
    externalUserId: user.externalUserId,
    signerId: user.signerId,
    safeAddress: safe,
    chainId,
    walletMode,
    operations,
    createdAt: now,
    expiresAt: now + ttl * 1000,
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
  }
  tenant.operations.set(userOpHash, intent)
  return intent
}
