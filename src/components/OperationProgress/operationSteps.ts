import type { OperationMutationStage } from '../../react/internal/operationMutationKind.ts'

/** The steps an operation goes through on screen, as IBEx names its statuses. */
export type OperationStep = 'CREATED' | 'SIGNED' | 'EXECUTED' | 'CONFIRMED' | 'FAILED'

/** Where a step stands. */
export type OperationStepStatus = 'done' | 'current' | 'upcoming' | 'failed'

const order = ['CREATED', 'SIGNED', 'EXECUTED', 'CONFIRMED'] as const

// The step each running stage works towards: preparing makes the operation (CREATED), signing
// signs it, executing sends it, pending waits for CONFIRMED.
const working: Record<Exclude<OperationMutationStage, 'idle' | 'confirmed' | 'failed'>, number> = {
  validating: 0,
  preparing: 0,
  signing: 1,
  executing: 2,
  pending: 3,
}

/**
 * The four steps of an operation and where each stands, from the kit's `stage` (and, after a
 * failure, the last stage reached): CREATED → SIGNED → EXECUTED → CONFIRMED, the last one
 * becoming FAILED where a run failed.
 *
 * @example
 * operationSteps('executing') // [CREATED done, SIGNED done, EXECUTED current, CONFIRMED upcoming]
 */
export function operationSteps(
  stage: OperationMutationStage,
  lastRunningStage: OperationMutationStage = 'validating',
): { step: OperationStep; status: OperationStepStatus }[] {
  if (stage === 'idle') return order.map((step) => ({ step, status: 'upcoming' }))
  if (stage === 'confirmed') return order.map((step) => ({ step, status: 'done' }))
  if (stage === 'failed') {
    const reached =
      lastRunningStage in working ? working[lastRunningStage as keyof typeof working] : 0
    return [
      ...order.slice(0, reached).map((step) => ({ step, status: 'done' as const })),
      { step: 'FAILED', status: 'failed' },
    ]
  }
  const current = working[stage]
  return order.map((step, index) => ({
    step,
    status: index < current ? 'done' : index === current ? 'current' : 'upcoming',
  }))
}
