import { model } from "@medusajs/framework/utils"

/**
 * An e-commerce service station (电商服务站) in a township or village of a
 * county; a pickup point for the checkout (stock location link:
 * src/links/service-station-stock-location.ts).
 */
const ServiceStation = model
  .define("service_station", {
    id: model.id({ prefix: "stn" }).primaryKey(),
    /** numbered where reality is unknown: "柯渡镇 第1服务站", "柯渡镇 村07 服务站" */
    name: model.text().searchable(),
    /** geography county handle */
    county_handle: model.text(),
    /** geography township id (twp_…) */
    township_id: model.text(),
    /** geography village id (vil_…); null for a township-level station */
    village_id: model.text().nullable(),
    address: model.text().searchable(),
    /** "08:30–18:00" */
    opening_hours: model.text(),
    /** the station's own public number; null where unknown (never invented) */
    phone: model.text().nullable(),
    pickup_enabled: model.boolean().default(true),
    is_active: model.boolean().default(true),
    sort_order: model.number().default(0),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["township_id", "name"], unique: true },
    { on: ["county_handle", "is_active"] },
    { on: ["village_id"] },
  ])

export default ServiceStation
