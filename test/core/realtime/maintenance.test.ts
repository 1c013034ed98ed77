import { describe, expect, test } from 'vitest'
import { createRealtimeTestIbex, recordEvents, waitForStatus } from './realtimeHarness.ts'

describe('maintenance', () => {
  test('maintenance (flat message): status maintenance with its message, then open again', async () => {
    const ibex = createRealtimeTestIbex()
    const since = '2026-01-15T10:00:00.000Z'
    const client = ibex.client()
    await ibex.signUp(client)
    const realtime = ibex.realtime(client)
    const events = recordEvents(realtime)
    await waitForStatus(realtime, 'open')
    // Flat, as the [O] docs show it: not inside `data`.
    const maintenance = { type: 'maintenance', service: 'IBEXFIAPI', since }
    ibex.push({ ...maintenance, active: true, message: 'Back at 14:00' })
    await waitForStatus(realtime, 'maintenance')
    expect(realtime.getSnapshot().maintenance).toEqual({ since, message: 'Back at 14:00' })
    expect(events.find((event) => event.type === 'maintenance')?.data).toMatchObject({
      active: true,
      service: 'IBEXFIAPI',
    })
    ibex.push({ ...maintenance, active: false, message: 'Done' })
    await waitForStatus(realtime, 'open')
    expect(realtime.getSnapshot().maintenance).toBeNull()
  })
})
