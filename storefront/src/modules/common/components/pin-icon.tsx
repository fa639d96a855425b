/**
 * The map-pin glyph beside a product's county. Drawn by CSS (`.icon-pin` in globals.css, a mask
 * in the text's colour), so a list of 48 cards carries one short element per card, not its path.
 */
export function PinIcon({ className = "h-3.5 w-3.5" }: { className?: string }) {
  return <span className={`icon-pin ${className}`} aria-hidden="true" />
}
