import type { Hex } from 'viem'
import { describe, expect, test, vi } from 'vitest'
import type { OperationStatusSource } from '../../../src/core/operations/OperationStatusSource.ts'
import { operationStatusSources } from '../../../src/core/operations/operationStatusSources.ts'
import { runOperation } from '../../../src/core/operations/runOperation.ts'
import type { OperationStatus } from '../../../src/core/schemas/operationStatusSchema.ts'
import { ceremonyHarness } from '../ceremonies/ceremonyHarness.ts'
import { safeOf, signUpPasskeyUser, token } from './operationUsers.ts'

// Operations stay EXECUTED for a minute of mock time unless a test moves the mock clock.
const h = ceremonyHarness({ operationConfirmDelayMs: 60_000 })
const EUR = token('EUR-IBEX')

let statusAnswers = 0

/** Counts the status answers the client received, so a test knows when one is in. */
const countingFetch: typeof fetch = async (input, init) => {
  const response = await globalThis.fetch(input, init)
  if (String(input instanceof Request ? input.url : input).endsWith('/status')) statusAnswers++
  return response
}

async function sender() {
  statusAnswers = 0
  const client = h.client({ fetch: countingFetch })
  await signUpPasskeyUser(client)
  const to = safeOf(await signUpPasskeyUser(h.client()))
  h.requests.length = 0
  return { client, input: { kind: 'transfer', token: EUR, to, amount: '1' } as const }
}

const statusCalls = () => h.requests.filter((entry) => entry.path.endsWith('/status')).length

/** A source the test drives: `push` reaches the tracker watching `userOpHash`. */
function manualSource() {
  const watchers = new Map<Hex, (status?: OperationStatus) => void>()
  const source: OperationStatusSource = {
    watch(userOpHash, onUpdate) {
      watchers.set(userOpHash, onUpdate)
      return () => watchers.delete(userOpHash)
    },
  }
  const push = async (status?: Partial<OperationStatus>) => {
    while (watchers.size === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    const [userOpHash, onUpdate] = [...watchers][0] ?? []
    if (!userOpHash || !onUpdate) return
    onUpdate(
      status &&
        ({
          userOpHash,
          state: 'pending',
          status: 'EXECUTED',
          operations: [],
          ...status,
        } as OperationStatus),
    )
  }
  return { source, push, watching: () => watchers.size }
}

describe('tracking', () => {
  test('a timeout resolves pending with the hash instead of throwing it away', async () => {
    const { client, input } = await sender()
    // The timeout must leave room for more than one status call even when a call is slow (a
    // loaded machine): 30 ms did not, and a single slow answer ended tracking after one call.
    const result = await runOperation(client, input, {
      tracking: { intervalMs: 5, timeoutMs: 1_000 },
    })
    expect(result).toMatchObject({
      status: 'pending',
      pendingReason: 'timeout',
      ibexStatus: 'EXECUTED',
    })
    expect(result.userOpHash).toMatch(/^0x[0-9a-f]{64}$/)
    expect(statusCalls()).toBeGreaterThan(1)
  })

  test('a status source wakes the tracker: "changed" makes it look now, a status settles it', async () => {
    const { client, input } = await sender()
    const manual = manualSource()
    const slow = { sourceIntervalMs: 60_000, timeoutMs: 60_000, source: manual.source }

    const first = runOperation(client, input, { tracking: slow })
    // Once the first answer (EXECUTED) is in, the tracker waits a minute unless woken.
    await vi.waitFor(() => expect(statusAnswers).toBe(1))
    h.advanceMockClock(60_000)
    await manual.push()
    await expect(first).resolves.toMatchObject({ status: 'confirmed', ibexStatus: 'CONFIRMED' })
    expect(statusCalls()).toBe(2)
    expect(manual.watching()).toBe(0)

    h.requests.length = 0
    const second = runOperation(client, { ...input, amount: '2' }, { tracking: slow })
    await manual.push({ state: 'confirmed', status: 'CONFIRMED' })
    await expect(second).resolves.toMatchObject({ status: 'confirmed' })
    expect(statusCalls()).toBe(1)
  })

  test('after a nudge while IBEx still says EXECUTED, the next checks come at the polling pace', async () => {
    const { client, input } = await sender()
    const manual = manualSource()
    const tracking = { sourceIntervalMs: 60_000, intervalMs: 300, source: manual.source }
    const run = runOperation(client, input, { tracking })
    await vi.waitFor(() => expect(statusAnswers).toBe(1))
    // The nudge comes before IBEx has confirmed: that check still answers EXECUTED…
    await manual.push()
    await vi.waitFor(() => expect(statusAnswers).toBe(2))
    // …and the confirmation is picked up by a follow-up check, not a minute later.
    h.advanceMockClock(60_000)
    await expect(run).resolves.toMatchObject({ status: 'confirmed', ibexStatus: 'CONFIRMED' })
    expect(statusCalls()).toBe(3)
  })

  test('the source registered for the client is used by default', async () => {
    const { client, input } = await sender()
    const manual = manualSource()
    operationStatusSources.set(client, manual.source)
    const run = runOperation(client, input, { tracking: { sourceIntervalMs: 60_000 } })
    await manual.push({ state: 'confirmed', status: 'CONFIRMED' })
    await expect(run).resolves.toMatchObject({ status: 'confirmed' })
    operationStatusSources.delete(client, manual.source)
    expect(operationStatusSources.get(client)).toBeUndefined()
  })

  test('aborting while tracking stops waiting, not the operation', async () => {
    const { client, input } = await sender()
    const controller = new AbortController()
    const run = runOperation(client, input, {
      signal: controller.signal,
      tracking: { intervalMs: 10 },
      onStage: (stage) => {
        if (stage === 'pending') setTimeout(() => controller.abort(), 20)
      },
    })
    await expect(run).resolves.toMatchObject({ status: 'pending', pendingReason: 'aborted' })
    expect(h.calls('PUT', '/v1.2/safes/operations')).toHaveLength(1)
  })

  test('aborting before execution cancels cleanly with nothing executed', async () => {
    const { client, input } = await sender()
    const controller = new AbortController()
    controller.abort()
    await expect(runOperation(client, input, { signal: controller.signal })).rejects.toMatchObject({
      code: 'operation/aborted',
    })
    expect(h.requests).toEqual([])
  })
})
