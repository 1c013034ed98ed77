import { onStoryMockReset } from './resetStoryMock.ts'

let count = 0
// The numbering starts over with the mock: after a reset the same story types the same address
// (the visual test resets before every story, so its screenshots show the same text each run).
onStoryMockReset(() => {
  count = 0
})

/**
 * A new address for each use in a Storybook session (`ada+3@example.com`): the session's mock
 * remembers every sign-up, and refuses a second code for the same address while the first one
 * lives. Numbered, not random, so a story shows the same address every run.
 *
 * @example
 * await userEvent.type(emailField, newStoryEmail('ada'))
 */
export function newStoryEmail(name: string): string {
  count += 1
  return `${name}+${count}@example.com`
}
