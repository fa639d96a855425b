import { model } from "@medusajs/framework/utils"
import Township from "./township"

/** One of Kunming's 14 county-level divisions (县级行政区). */
const County = model
  .define("county", {
    id: model.id({ prefix: "cty" }).primaryKey(),
    /** stable handle, the same as @fupin/shared KUNMING_COUNTIES (xundian, luquan …) */
    handle: model.text().unique(),
    name_zh: model.text(),
    name_en: model.text(),
    short_zh: model.text(),
    /** 摘帽县区: one of the three delisted poverty counties */
    delisted_poverty_county: model.boolean().default(false),
    /** 一县一业 showcase industry, if the county is a provincial demonstration */
    showcase_industry_zh: model.text().nullable(),
    showcase_industry_en: model.text().nullable(),
    sort_order: model.number().default(0),
    townships: model.hasMany(() => Township, { mappedBy: "county" }),
  })
  .cascades({ delete: ["townships"] })

export default County
