import { createMockState } from './createMockState.ts'
import type { MockState } from './MockState.ts'

/** Empties `state` in place (same object, so adapters holding it keep working). */
export function resetMockState(state: MockState, seed: string | number | undefined): void {
  Object.assign(state, createMockState(seed))
}
