import { describe, expect, test } from 'vitest'
import { getHealth } from '../../../src/core/actions/health/getHealth.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'

describe('getHealth', () => {
  test('answers ok with the server clock, without a session, even in maintenance', async () => {
    const ibex = await createTestIbex()
    const up = await getHealth(ibex.client)
    expect(up.status).toBe('ok')
    expect(Number.isNaN(Date.parse(up.timestamp ?? ''))).toBe(false)
    ibex.setFaults({ maintenance: { message: 'Back at 14:00' } })
    await expect(getHealth(ibex.client)).resolves.toMatchObject({ status: 'ok' })
    expect(ibex.requests()).toEqual(['GET /health', 'GET /health'])
  })
})
