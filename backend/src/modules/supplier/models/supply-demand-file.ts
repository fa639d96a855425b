import { model } from "@medusajs/framework/utils"
import Supplier from "./supplier"

/**
 * 供求信息档案: the supply/demand file a key enterprise keeps: what it produces,
 * how much a year, in which months, the smallest order it takes and what demand
 * it cannot meet yet.
 */
const SupplyDemandFile = model.define("supply_demand_file", {
  id: model.id({ prefix: "sdf" }).primaryKey(),
  products: model.array().default([]),
  yearly_capacity_tonnes: model.float(),
  /** months of the year (1–12) the products are available */
  season_months: model.json(),
  minimum_order_quantity: model.float(),
  /** unit of the minimum order: 吨, 箱, 公斤 … */
  minimum_order_unit: model.text(),
  unmet_demand: model.text().nullable(),
  supplier: model.belongsTo(() => Supplier, { mappedBy: "supply_demand_file" }),
})

export default SupplyDemandFile
