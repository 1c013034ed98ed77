import { act } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import type { UpdateAutomationConfigParameters } from '../../../src/core/actions/automation/updateAutomationConfig.ts'
import { useUpdateAutomationConfig } from '../../../src/react/hooks/useUpdateAutomationConfig.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { otherUser, safeOf, signUpAs, token } from '../operations/operationTestUsers.ts'

const TARGET = '0x1111111111111111111111111111111111111111'

async function renderAutomation() {
  const ibex = await createTestIbex()
  const user = await signUpAs(ibex, 'passkey')
  const { result } = renderHookWithIbex(() => useUpdateAutomationConfig(), ibex)
  return { ibex, user, result }
}

const puts = (requests: string[]) =>
  requests.filter((request) => request.startsWith('PUT ') && request.endsWith('/config')).length

describe('useUpdateAutomationConfig', () => {
  test("changes the user's Safe's settings and names the module columns updated", async () => {
    const { ibex, user, result } = await renderAutomation()
    const percent = await act(() =>
      result.current.mutateAsync({
        mode: 'PERCENT_OF_RECEIVED',
        percentage: 25,
        targetAddress: TARGET,
        tokenAddress: token('EUR-IBEX'),
        periodCap: 'WEEKLY',
        periodCapAmount: ' 1000 ',
        enabled: true,
      }),
    )
    expect(percent.safeAddress).toBe(safeOf(user))
    expect(percent.updated).toEqual(
      expect.arrayContaining([
        'moduleTransferMode',
        'modulePercentage',
        'moduleTargetAddress',
        'moduleTokenAddress',
        'modulePeriodCapMinutes',
        'modulePeriodCapAmount',
        'moduleEnabled',
      ]),
    )
    const fixed = await act(() =>
      result.current.mutateAsync({
        safeAddress: safeOf(user),
        mode: 'FIXED_AMOUNT',
        fixedAmount: '10.5',
        maxWalletPercentage: 50,
        minIntervalMinutes: 60,
        frequency: '90_DAYS',
      }),
    )
    expect([...fixed.updated].sort()).toEqual(
      [
        'moduleTransferMode',
        'moduleFixedAmount',
        'moduleMaxWalletPercentage',
        'moduleMinIntervalMinutes',
        'moduleFrequency',
      ].sort(),
    )
    expect(puts(ibex.requests())).toBe(2)
  })

  test("another user's Safe is a 404", async () => {
    const { ibex, result } = await renderAutomation()
    const other = await otherUser()
    await expect(
      act(() => result.current.mutateAsync({ safeAddress: safeOf(other.user), enabled: false })),
    ).rejects.toMatchObject({ code: 'http/not-found' })
    expect(puts(ibex.requests())).toBe(1)
  })

  test('bad input is refused before any request', async () => {
    const { ibex, result } = await renderAutomation()
    const cases: [UpdateAutomationConfigParameters, string, string][] = [
      [{}, 'validation/automation-config-empty', 'config'],
      [{ safeAddress: TARGET }, 'validation/automation-config-empty', 'config'],
      [{ mode: 'ALL' as 'FIXED_AMOUNT' }, 'validation/automation-choice-invalid', 'mode'],
      [{ frequency: 'YEARLY' as 'DAILY' }, 'validation/automation-choice-invalid', 'frequency'],
      [{ percentage: 101 }, 'validation/percentage-invalid', 'percentage'],
      [{ maxWalletPercentage: -1 }, 'validation/percentage-invalid', 'maxWalletPercentage'],
      [{ minIntervalMinutes: 1.5 }, 'validation/minutes-invalid', 'minIntervalMinutes'],
      [{ periodCapMinutes: 0 }, 'validation/minutes-invalid', 'periodCapMinutes'],
      [{ fixedAmount: '1,5' }, 'validation/amount-malformed', 'fixedAmount'],
      [{ periodCapAmount: '0' }, 'validation/amount-not-positive', 'periodCapAmount'],
      [{ targetAddress: '0x1234' }, 'validation/address-invalid', 'targetAddress'],
      [
        { periodCap: 'DAILY', periodCapMinutes: 60 },
        'validation/automation-config-conflict',
        'periodCapMinutes',
      ],
      [{ mode: 'FIXED_AMOUNT', percentage: 20 }, 'validation/automation-config-conflict', 'mode'],
      [{ enabled: 'yes' as unknown as boolean }, 'validation/type-invalid', 'enabled'],
    ]
    for (const [variables, code, field] of cases) {
      await expect(act(() => result.current.mutateAsync(variables))).rejects.toMatchObject({
        code,
        field,
      })
    }
    expect(puts(ibex.requests())).toBe(0)
  })
})
