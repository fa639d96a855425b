import type { MessagePath } from "@/lib/i18n/messages"

/** The UI strings add-to-cart.tsx reads (its <ClientStrings pick>); kept in step with it by client-strings.unit.spec.ts. */
export const ADD_TO_CART_STRINGS = [
  "cart.addToCart",
  "cart.adding",
  "cart.cappedToMaximum",
  "cart.cappedToStock",
  "cart.decrease",
  "cart.inStock",
  "cart.increase",
  "cart.lowStock",
  "cart.outOfStock",
  "cart.quantity",
  "cart.viewCart",
  "product.variants",
  "products.noPrice",
] as const satisfies readonly MessagePath[]
