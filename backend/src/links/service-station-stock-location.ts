import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ServiceStationModule from "../modules/service-station"

/**
 * A service station that one day holds its own stock (fulfilment,
 * inventory at the station) is backed by a Medusa stock location. Not filled
 * today: pickup goods leave the warehouse, whose `pickup` fulfilment set holds
 * 服务站自提 (scripts/demo/pickup.ts), and the station rides in the shipping
 * method's data.
 */
export default defineLink(ServiceStationModule.linkable.serviceStation, StockLocationModule.linkable.stockLocation)
