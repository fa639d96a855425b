/**
 * Institutional prices (机构价): the operator gives institutions their own
 * prices and quantity breaks in Medusa price lists with a customer-group rule;
 * the pad shows, per variant, the unit price charged to this member from
 * each quantity on (its "tiers"), read from Medusa's own price calculation.
 */
export interface PadPriceTierDTO {
  /** from this quantity on (1 for the first tier) */
  min_quantity: number
  /** CNY per unit charged at such a quantity */
  unit_price: number
}

/**
 * The unit price charged at a quantity: the last tier whose min_quantity is
 * at most the quantity; without tiers (or below the first) the variant's
 * unit price. Tiers are sorted by min_quantity, as the backend sends them.
 */
export function unitPriceAt(variant: { unit_price: number | null; price_tiers?: readonly PadPriceTierDTO[] | null }, quantity: number): number | null {
  let price = variant.unit_price
  for (const tier of variant.price_tiers ?? []) {
    if (tier.min_quantity <= quantity) price = tier.unit_price
    else break
  }
  return price
}

/** The tiers from a second one on (quantity breaks worth naming, e.g. "≥50 ¥10.50"). */
export function quantityBreaks(tiers: readonly PadPriceTierDTO[] | null | undefined): PadPriceTierDTO[] {
  return (tiers ?? []).filter((t) => t.min_quantity > 1)
}

/** GET /admin/institutions/:id/price-lists: where the operator sets this institution's prices. */
export interface AdminInstitutionPriceListsResponse {
  /** the customer groups whose price lists apply: the institution's own, and 机构采购客户 (every institution member) */
  customer_groups: Array<{ id: string; name: string | null; scope: "institution" | "all_institutions" }>
  price_lists: Array<{
    id: string
    title: string
    status: string
    type: string
    starts_at: string | null
    ends_at: string | null
    /** which of the groups above the list's customer-group rule names */
    scope: "institution" | "all_institutions"
    prices_count: number
  }>
}
