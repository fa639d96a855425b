import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { ADMIN_SERVICE_STATION_FIELDS } from "../admin/service-stations/helpers"
import {
  AdminCreateServiceStation,
  AdminDeactivateServiceStation,
  AdminGetServiceStation,
  AdminListServiceStations,
  AdminUpdateServiceStation,
} from "../admin/service-stations/validators"
import { AdminRedeemPickup } from "../admin/service-stations/[id]/pickups/validators"
import { StoreListServiceStations } from "../store/service-stations/validators"

/** What the storefront may see of a station (no internal flags or metadata). */
const STORE_SERVICE_STATION_FIELDS = [
  "id",
  "name",
  "county_handle",
  "township_id",
  "village_id",
  "address",
  "opening_hours",
  "phone",
  "pickup_enabled",
]

/** Route validation for e-commerce service stations (电商服务站). */
export const serviceStationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/service-stations",
    middlewares: [
      validateAndTransformQuery(AdminListServiceStations, { defaults: ADMIN_SERVICE_STATION_FIELDS, isList: true }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-stations",
    middlewares: [validateAndTransformBody(AdminCreateServiceStation)],
  },
  {
    method: ["GET"],
    matcher: "/admin/service-stations/:id",
    middlewares: [
      validateAndTransformQuery(AdminGetServiceStation, { defaults: ADMIN_SERVICE_STATION_FIELDS, isList: false }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-stations/:id",
    middlewares: [validateAndTransformBody(AdminUpdateServiceStation)],
  },
  {
    // 核销取货码: the station hands a parcel over against the shopper's code
    method: ["POST"],
    matcher: "/admin/service-stations/:id/pickups",
    middlewares: [validateAndTransformBody(AdminRedeemPickup)],
  },
  {
    method: ["POST"],
    matcher: "/admin/service-stations/:id/deactivate",
    middlewares: [validateAndTransformBody(AdminDeactivateServiceStation)],
  },
  {
    method: ["GET"],
    matcher: "/store/service-stations",
    middlewares: [
      validateAndTransformQuery(StoreListServiceStations, {
        defaults: STORE_SERVICE_STATION_FIELDS,
        // sort_order: the default order, harmless to show
        allowed: [...STORE_SERVICE_STATION_FIELDS, "sort_order"],
        isList: true,
      }),
    ],
  },
]
