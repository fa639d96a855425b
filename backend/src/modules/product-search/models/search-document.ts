import { model } from "@medusajs/framework/utils"

/**
 * One sellable product as the embedded search engine sees it: what is shown in
 * a hit, what facets count, and the search forms of its text (Chinese
 * character grams, pinyin, initials) computed in the application when indexing.
 * The id is the product's id. Only sellable products (published, certificate
 * valid) have a row.
 */
const SearchDocument = model
  .define("search_document", {
    id: model.text().primaryKey(),
    handle: model.text(),
    title: model.text(),
    title_en: model.text().nullable(),
    subtitle: model.text().nullable(),
    description: model.text().nullable(),
    description_en: model.text().nullable(),
    thumbnail: model.text().nullable(),
    county_handle: model.text().nullable(),
    county_zh: model.text().nullable(),
    county_en: model.text().nullable(),
    township: model.text().nullable(),
    supplier_id: model.text().nullable(),
    supplier_name: model.text().nullable(),
    /** [{ handle, name, name_en }] */
    categories: model.json().default({}),
    category_handles: model.array().default([]),
    /** [{ id, title, price }] */
    variants: model.json().default({}),
    price_min: model.float().nullable(),
    price_max: model.float().nullable(),
    price_band: model.text().nullable(),
    in_stock: model.boolean().default(true),
    certified: model.boolean().default(false),
    /** { number, status, expires_at } */
    certificate: model.json().nullable(),
    /** featured / GI products rank first among equals */
    popularity: model.number().default(0),
    // Search forms (see lib/text.ts and engines/postgres.ts)
    title_norm: model.text(),
    title_grams: model.array().default([]),
    category_text: model.text().default(""),
    key_text: model.text(),
    key_grams: model.array().default([]),
    body_text: model.text(),
    body_grams: model.array().default([]),
    supplier_text: model.text().default(""),
    supplier_grams: model.array().default([]),
    py_title: model.text(),
    py_initials: model.text(),
    py_fuzzy: model.text(),
    py_key: model.text(),
    en_title: model.text(),
    en_text: model.text(),
    /** words for typo correction; a trigger keeps the search_term vocabulary in step (see the migration) */
    vocab: model.array().default([]),
    indexed_at: model.dateTime(),
  })
  .indexes([{ on: ["county_handle"] }, { on: ["price_min"] }])

export default SearchDocument
