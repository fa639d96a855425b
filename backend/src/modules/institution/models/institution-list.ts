import { model } from "@medusajs/framework/utils"
import Institution from "./institution"

/**
 * A reusable list (常用清单, e.g. 每周食堂蔬菜) of an institution: SKUs and
 * quantities its purchasers order again and again. The lines are kept as
 * saved (PortalListLineDTO: variant_id, quantity, and the SKU and title of the
 * day, to name a line once its product is delisted); the pad re-reads each
 * SKU as it is today when the list is used. A name is unique within the
 * institution; limits in @fupin/shared (MAX_LIST_LINES, MAX_LISTS_PER_INSTITUTION).
 */
const InstitutionList = model
  .define("institution_list", {
    id: model.id({ prefix: "instlst" }).primaryKey(),
    name: model.text(),
    /** PortalListLineDTO[] */
    lines: model.json(),
    /** customer ids of the member who saved it and of the one who last changed it */
    created_by: model.text(),
    updated_by: model.text().nullable(),
    institution: model.belongsTo(() => Institution, { mappedBy: "lists" }),
  })
  .indexes([{ on: ["institution_id", "name"], unique: true, where: "deleted_at IS NULL" }])

export default InstitutionList
