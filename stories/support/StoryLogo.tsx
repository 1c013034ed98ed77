import type { ReactNode } from 'react'

/**
 * The made-up brand of the stories ("Acme"), for the cards' `logo` slot.
 *
 * `size` is its width and height in pixels (40 by default).
 *
 * @example
 * <SignIn logo={<StoryLogo />} />
 */
export function StoryLogo({ size = 40 }: { size?: number }): ReactNode {
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" role="img" aria-label="Acme">
      <rect width="40" height="40" rx="10" fill="var(--ibex-accent)" />
      <path
        d="M12 28 20 11l8 17M15.5 22h9"
        fill="none"
        stroke="var(--ibex-on-accent)"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
