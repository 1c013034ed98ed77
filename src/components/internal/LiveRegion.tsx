'use client'
import type { CSSProperties, ReactNode } from 'react'

// Inline, not only a class: the announcements must stay hidden in apps that do not import
// ibex-react/styles.css, and must never leak layout into the host page.
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
}

/** Props of {@link LiveRegion}. */
export interface LiveRegionProps {
  /** Read when the screen reader is idle (progress, counts, pending). */
  polite?: string | undefined
  /** Read at once, interrupting (errors). */
  assertive?: string | undefined
}

/**
 * A polite and an assertive live region, visually hidden (inline style, so it holds without
 * styles.css). Rendered inside each component (not in a global portal) so that it mounts and
 * unmounts with it; both regions are always present because screen readers ignore text that
 * arrives together with its region.
 *
 * @example
 * <LiveRegion polite={`${count} of ${length} digits entered`} assertive={errorText} />
 */
export function LiveRegion({ polite = '', assertive = '' }: LiveRegionProps): ReactNode {
  const regions = [
    { politeness: 'polite', role: 'status', text: polite },
    { politeness: 'assertive', role: 'alert', text: assertive },
  ] as const
  return regions.map(({ politeness, role, text }) => (
    <div
      key={politeness}
      role={role}
      aria-live={politeness}
      aria-atomic="true"
      className="ibex-visually-hidden"
      style={visuallyHidden}
      data-ibex-live={politeness}
    >
      {text}
    </div>
  ))
}
