/**
 * Shapes of the marketplace's own HTTP answers and of the product metadata the
 * demo data writes, shared so that backend and storefront cannot drift apart.
 */

/** Product metadata keys written by the demo data and read by the storefront. */
export interface ProductOriginMetadata {
  /** handle of the county in KUNMING_COUNTIES */
  county_handle?: string
  /** township (乡镇/街道) name in Chinese */
  township?: string
  /** English product title; the product's own title is Chinese */
  title_en?: string
  /** English description */
  description_en?: string
  /** marks demo rows so nobody mistakes them for real firms */
  demo?: boolean
}
