'use client'
import { useState } from 'react'

/**
 * The text a polite live region should hold so that each change is read once: the last
 * `text` that was not `undefined` (kept while nothing new is said), and a reset.
 * Kept from earlier renders, as React suggests for values derived from events.
 *
 * @example
 * const [polite, resetPolite] = useChangeAnnouncement(offer ? `About ${amount}` : undefined)
 */
export function useChangeAnnouncement(text: string | undefined): [string, () => void] {
  const [announced, setAnnounced] = useState('')
  if (text !== undefined && text !== announced) {
    setAnnounced(text)
    return [text, () => setAnnounced('')]
  }
  return [announced, () => setAnnounced('')]
}
