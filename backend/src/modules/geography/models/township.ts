import { model } from "@medusajs/framework/utils"
import County from "./county"
import Village from "./village"

/** A township-level division (乡镇/街道) of a county. */
const Township = model
  .define("township", {
    id: model.id({ prefix: "twp" }).primaryKey(),
    name: model.text(),
    /** 街道 (subdistrict), 镇 (town) or 乡 (township) */
    kind: model.enum(["subdistrict", "town", "township"]),
    sort_order: model.number().default(0),
    county: model.belongsTo(() => County, { mappedBy: "townships" }),
    villages: model.hasMany(() => Village, { mappedBy: "township" }),
  })
  .indexes([{ on: ["county_id", "name"], unique: true }])
  .cascades({ delete: ["villages"] })

export default Township
