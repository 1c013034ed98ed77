import { describe, expect, test, vi } from 'vitest'
import { operationStatusSources } from '../../../src/core/operations/operationStatusSources.ts'
import { createRealtimeTestIbex, waitForStatus } from './realtimeHarness.ts'

describe('the socket as an operation status source', () => {
  test('default: registered while open, pokes trackers on new_transaction / balance_update, gone once closed', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const receiver = await ibex.signUp(client)
    const realtime = ibex.realtime(client)
    expect(operationStatusSources.get(client)).toBeUndefined()
    await waitForStatus(realtime, 'open')
    const source = operationStatusSources.get(client)
    expect(source).toBeDefined()

    const onUpdate = vi.fn()
    const stop = source?.watch('0x01', onUpdate)
    await ibex.transfer(await ibex.signUp(), receiver.safe, '1')
    // One balance_update and one new_transaction: no status in them, a look-up each.
    await vi.waitFor(() => expect(onUpdate).toHaveBeenCalledTimes(2))
    expect(onUpdate).toHaveBeenCalledWith()
    stop?.()

    await client.signOut()
    expect(operationStatusSources.get(client)).toBeUndefined()
  })
})
