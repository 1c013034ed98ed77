import { storyAuthenticator } from './storyAuthenticator.ts'
import { storyMock } from './storyMock.ts'

const listeners = new Set<() => void>()

/**
 * Starts the Storybook session over: the mock forgets every user, code and fault, the software
 * authenticator forgets its passkeys (they would name users the mock no longer knows), and every
 * story under `withIbexProvider` remounts signed out.
 *
 * @example
 * <button type="button" onClick={resetStoryMock}>Reset mock IBEx</button>
 */
export function resetStoryMock(): void {
  storyMock.reset()
  storyAuthenticator.clear()
  for (const listener of listeners) listener()
}

/**
 * Calls `listener` after each {@link resetStoryMock}; returns the unsubscribe function.
 *
 * @example
 * useEffect(() => onStoryMockReset(() => setGeneration((n) => n + 1)), [])
 */
export function onStoryMockReset(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
