import type { UseAnnouncerReturnType } from './useAnnouncer.ts'

/** A failure's announcement and how urgently it is read; `null` for none. */
export type CeremonyFeedback = { text: string; politeness: 'polite' | 'assertive' } | null

/**
 * Announces a ceremony that starts now (`pending`, after clearing the regions so that the same
 * failure twice in a row is read twice) and returns the `mutate` callbacks that announce its
 * success or its failure (`feedbackOf`; `null` clears the regions and skips `onError`), then
 * call the component's own handlers.
 *
 * @example
 * signIn.mutate(variables, announceCeremony(announcer, { pending, success }, feedbackOf, { onSuccess, onError }))
 */
export function announceCeremony<result, error>(
  announcer: Pick<UseAnnouncerReturnType, 'announce' | 'clear'>,
  texts: { pending: string; success: string },
  feedbackOf: (error: error) => CeremonyFeedback,
  handlers: {
    onSuccess?: ((result: result) => void) | undefined
    onError?: ((error: error) => void) | undefined
  },
): { onSuccess: (result: result) => void; onError: (error: error) => void } {
  announcer.clear()
  announcer.announce(texts.pending)
  return {
    onSuccess(result) {
      announcer.announce(texts.success)
      handlers.onSuccess?.(result)
    },
    onError(error) {
      const feedback = feedbackOf(error)
      if (!feedback) {
        announcer.clear()
        return
      }
      announcer.announce(feedback.text, feedback.politeness)
      handlers.onError?.(error)
    },
  }
}
