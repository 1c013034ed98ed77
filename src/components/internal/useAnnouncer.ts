'use client'
import { useCallback, useState } from 'react'

/** How urgently a message is read: `polite` waits, `assertive` interrupts. */
export type AnnouncePoliteness = 'polite' | 'assertive'

/** Return type of {@link useAnnouncer}; pass `polite`/`assertive` to `<LiveRegion>`. */
export interface UseAnnouncerReturnType {
  /** Puts `message` in the region; the same message twice in a row is read twice. */
  announce: (message: string, politeness?: AnnouncePoliteness) => void
  /** Empties both regions. */
  clear: () => void
  polite: string
  assertive: string
}

// A live region only speaks when its text changes, so a repeated message alternates a trailing
// no-break space (not read aloud) to count as new text.
const REPEAT_MARK = '\u00a0'

/**
 * Imperative announcements for events that leave no state behind (a passkey prompt that
 * started, succeeded or failed). Render the result with `<LiveRegion>`.
 *
 * @example
 * const announcer = useAnnouncer()
 * announcer.announce(messages.signInPending)
 * return <><button …/><LiveRegion polite={announcer.polite} assertive={announcer.assertive} /></>
 */
export function useAnnouncer(): UseAnnouncerReturnType {
  const [regions, setRegions] = useState({ polite: '', assertive: '' })

  const announce = useCallback((message: string, politeness: AnnouncePoliteness = 'polite') => {
    setRegions((previous) => {
      const shown = previous[politeness]
      const text = shown === message ? message + REPEAT_MARK : message
      return { ...previous, [politeness]: text }
    })
  }, [])

  const clear = useCallback(() => setRegions({ polite: '', assertive: '' }), [])

  return { announce, clear, polite: regions.polite, assertive: regions.assertive }
}
