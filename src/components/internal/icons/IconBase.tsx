import type { ReactNode, SVGProps } from 'react'

/** Props of every icon: any `<svg>` prop; `size` sets width and height (default 1em). */
export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'children'> {
  /**
   * Width and height; a number is pixels.
   * @default '1em'
   */
  size?: number | string
}

/**
 * The frame of the kit's icons: a 24-unit grid drawn with 2-unit `currentColor` strokes, so an
 * icon takes the colour and size of the text beside it. Decorative (`aria-hidden`): the control
 * that holds it carries the name.
 *
 * @example
 * <IconBase size={20}><path d="M5 12h14" /></IconBase>
 */
export function IconBase({
  size = '1em',
  children,
  ...props
}: IconProps & { children: ReactNode }): ReactNode {
  return (
    <svg
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-ibex-icon=""
      {...props}
    >
      {children}
    </svg>
  )
}
