'use client'
import { useEffect, useRef, type RefObject } from 'react'

/**
 * Calls `load` when the returned element (the "Show more" button after the last row) comes within
 * `rootMargin` of the viewport, while `enabled` (there is a next page and none is loading).
 * A new observer per page, so a sentinel still in view after a short page loads the next one
 * too, until the list fills the screen. Without IntersectionObserver (old browsers, tests,
 * the server) nothing happens: the "Show more" button stays the way to load.
 *
 * @example
 * const more = useLoadOnScroll(hasNextPage && !isFetchingNextPage, () => fetchNextPage())
 * <button ref={more} type="button" onClick={() => fetchNextPage()}>Show more</button>
 */
export function useLoadOnScroll(
  enabled: boolean,
  load: () => void,
  rootMargin = '200px',
): RefObject<HTMLButtonElement | null> {
  const sentinel = useRef<HTMLButtonElement>(null)
  // The latest callback, without observing again at every render.
  const latestLoad = useRef(load)
  useEffect(() => {
    latestLoad.current = load
  })
  useEffect(() => {
    const element = sentinel.current
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        latestLoad.current()
      },
      { rootMargin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [enabled, rootMargin])
  return sentinel
}
