import type { StoreServiceStationDTO } from "@fupin/shared"
import { describe, expect, it } from "vitest"
import { pickupStationMeta, pickupStationOf } from "../pickup-station"

const station: StoreServiceStationDTO = {
  id: "sst_1",
  name: "柯渡镇电商服务站",
  county_handle: "xundian",
  township_id: "twn_1",
  village_id: null,
  address: "柯渡镇示例路1号",
  opening_hours: "08:30-18:00",
  phone: "0871-0000000",
  pickup_enabled: true,
}

describe("the pickup station kept with the shipping address", () => {
  it("is what checkout saved, so the review and order pages show where to pick up (no phone, no village)", () => {
    const metadata = { pickup_station: pickupStationMeta(station), other: 1 }
    expect(pickupStationOf(metadata)).toEqual({
      id: "sst_1",
      name: "柯渡镇电商服务站",
      address: "柯渡镇示例路1号",
      opening_hours: "08:30-18:00",
      county_handle: "xundian",
      township_id: "twn_1",
    })
  })

  it("is absent for home delivery or metadata that is not a station", () => {
    expect(pickupStationOf(null)).toBeNull()
    expect(pickupStationOf({})).toBeNull()
    expect(pickupStationOf({ pickup_station: "sst_1" })).toBeNull()
    expect(pickupStationOf({ pickup_station: { id: "sst_1" } })).toBeNull()
  })
})
