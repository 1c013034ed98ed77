'use client'
import { useState, type CSSProperties, type ReactNode } from 'react'
import { tokenHue } from './format/tokenHue.ts'

/** Props of {@link TokenIcon}. */
export interface TokenIconProps {
  symbol: string
  /** The token's logo; a disc coloured from the symbol when absent or when it fails to load. */
  logoUrl?: string | undefined
  className?: string | undefined
}

/**
 * A token's 24 px round logo, or a disc with its initial in a colour hashed from the symbol.
 * Decorative: the symbol is always written beside it.
 *
 * @example
 * <TokenIcon symbol="EURe" logoUrl={token.iconUrl} />
 */
export function TokenIcon({ symbol, logoUrl, className }: TokenIconProps): ReactNode {
  const [failed, setFailed] = useState(false)
  if (logoUrl && !failed) {
    return (
      <img
        className={className}
        data-part="icon"
        src={logoUrl}
        alt=""
        width={24}
        height={24}
        onError={() => setFailed(true)}
      />
    )
  }
  return (
    <span
      className={className}
      data-part="icon"
      data-fallback=""
      aria-hidden="true"
      style={{ '--ibex-token-hue': String(tokenHue(symbol)) } as CSSProperties}
    >
      {symbol
        .replace(/[^\p{L}\p{N}]/gu, '')
        .charAt(0)
        .toUpperCase()}
    </span>
  )
}
