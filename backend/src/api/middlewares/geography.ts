import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreListCounties } from "../store/counties/validators"

export const COUNTY_STORE_FIELDS = [
  "id",
  "handle",
  "name_zh",
  "name_en",
  "short_zh",
  "delisted_poverty_county",
  "showcase_industry_zh",
  "showcase_industry_en",
  "townships.id",
  "townships.name",
  "townships.kind",
]

/** Route validation for the geography domain. */
export const geographyMiddlewares: MiddlewareRoute[] = [
  {
    // the dashboard's county and township pickers (create/edit forms)
    matcher: "/admin/counties",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListCounties, { defaults: COUNTY_STORE_FIELDS, isList: true })],
  },
  {
    matcher: "/store/counties",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(StoreListCounties, {
        defaults: COUNTY_STORE_FIELDS,
        allowed: [...COUNTY_STORE_FIELDS, "townships.villages.id", "townships.villages.name", "townships.villages.is_poor"],
        isList: true,
      }),
    ],
  },
]
