import { createMockIbex } from '../../src/mock/createMockIbex.ts'
import { storyIbexConfig } from './storyIbexConfig.ts'

/**
 * The one mock IBEx of a Storybook session (module state lives as long as the preview iframe):
 * a user who signs up in one story can sign in in another. Reset it with `resetStoryMock()`
 * (the toolbar's "Reset mock IBEx" button, or {@link MockPanel}'s). Stories read it directly to
 * show what a real IBEx would not (`storyMock.outbox(email)`) or to inject faults
 * (`storyMock.setFaults({ latencyMs: 1500 })`).
 *
 * @example
 * const code = storyMock.outbox('ada@example.com')?.code
 */
export const storyMock = createMockIbex({
  // Same ids and addresses after every reload and reset, so screenshots and docs stay stable.
  seed: 'storybook',
  rpIds: [storyIbexConfig.rpId],
  // Swap quotes live 20 s (IBEx's are minutes), so the swap story's countdown and re-quote show.
  quoteTtl: 20,
})
