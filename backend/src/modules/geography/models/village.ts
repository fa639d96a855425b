import { model } from "@medusajs/framework/utils"
import Township from "./township"

/**
 * A village (行政村). Real names are not in our sources, so the demo data numbers
 * them within their township (柯渡镇 村07) rather than inventing names.
 */
const Village = model
  .define("village", {
    id: model.id({ prefix: "vil" }).primaryKey(),
    name: model.text(),
    /** 贫困村: one of the poor villages covered by e-commerce poverty alleviation */
    is_poor: model.boolean().default(false),
    sort_order: model.number().default(0),
    township: model.belongsTo(() => Township, { mappedBy: "villages" }),
  })
  .indexes([{ on: ["township_id", "name"], unique: true }])

export default Village
