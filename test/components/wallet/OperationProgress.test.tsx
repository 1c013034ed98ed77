import { describe, expect, it } from 'vitest'
import { OperationProgress } from '../../../src/components/OperationProgress/OperationProgress.tsx'
import { operationSteps } from '../../../src/components/OperationProgress/operationSteps.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'

describe('given the steps of an operation', () => {
  it('should map the kit stages to CREATED → SIGNED → EXECUTED → CONFIRMED | FAILED', () => {
    const status = (
      stage: Parameters<typeof operationSteps>[0],
      last?: Parameters<typeof operationSteps>[1],
    ) => operationSteps(stage, last).map((step) => `${step.step}:${step.status}`)
    expect(status('preparing')).toEqual([
      'CREATED:current',
      'SIGNED:upcoming',
      'EXECUTED:upcoming',
      'CONFIRMED:upcoming',
    ])
    expect(status('signing')).toEqual([
      'CREATED:done',
      'SIGNED:current',
      'EXECUTED:upcoming',
      'CONFIRMED:upcoming',
    ])
    expect(status('pending')).toEqual([
      'CREATED:done',
      'SIGNED:done',
      'EXECUTED:done',
      'CONFIRMED:current',
    ])
    expect(status('confirmed')).toEqual([
      'CREATED:done',
      'SIGNED:done',
      'EXECUTED:done',
      'CONFIRMED:done',
    ])
    expect(status('failed', 'executing')).toEqual(['CREATED:done', 'SIGNED:done', 'FAILED:failed'])
    expect(status('failed', 'validating')).toEqual(['FAILED:failed'])
  })
})

describe('given an OperationProgress', () => {
  it('should stay hidden while idle and announce each stage once, in the locale', async () => {
    const ibex = await createTestIbex()
    const { container, rerender } = renderWithIbex(<OperationProgress stage="idle" />, ibex, {
      locale: 'es',
    })
    const root = container.querySelector('.ibex-operation-progress')
    expect(root).not.toBeVisible()
    expect(root).toHaveAttribute('data-state', 'idle')
    rerender(<OperationProgress stage="signing" signingWith="passkey" />)
    expect(root).toHaveAttribute('data-state', 'pending')
    expect(container.querySelector('[role="status"]')).toHaveTextContent(
      'Confirma con tu llave de acceso…',
    )
    expect(container.querySelector('[aria-current="step"]')).toHaveTextContent('Firmada: en curso')
    await expectNoAxeViolations(container)
    rerender(<OperationProgress stage="failed" />)
    expect(root).toHaveAttribute('data-state', 'error')
    expect(container.querySelector('[data-step="FAILED"]')).toBeInTheDocument()
    expect(container.querySelector('[data-step="CREATED"]')).toHaveAttribute('data-status', 'done')
  })

  it('should word the end state and show no link without a transaction hash', async () => {
    const ibex = await createTestIbex()
    const view = renderWithIbex(<OperationProgress stage="confirmed" locale="fr" />, ibex)
    expect(view.container.querySelector('[role="status"]')).toHaveTextContent('Confirmée.')
    expect(view.container.querySelector('a')).toBeNull()
  })
})
