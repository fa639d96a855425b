import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ServiceStationModule from "../modules/service-station"

/**
 * A service station used as a pickup point is backed by a Medusa stock
 * location (fulfilment, inventory). Defined now; the checkout issue creates
 * the stock locations when it turns pickup on, so this link is not yet filled.
 */
export default defineLink(ServiceStationModule.linkable.serviceStation, StockLocationModule.linkable.stockLocation)
