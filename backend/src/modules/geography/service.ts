import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import County from "./models/county"
import Township from "./models/township"
import Village from "./models/village"

class GeographyModuleService extends MedusaService({ County, Township, Village }) {
  /**
   * Resolves a place given by county handle and, optionally, township id; throws
   * a 400-style error naming the field when it does not exist or does not match.
   */
  async resolvePlace(
    input: { county_handle: string; township_id?: string | null },
    fields: { county: string; township: string } = { county: "county_handle", township: "township_id" }
  ) {
    const [county] = await this.listCounties({ handle: input.county_handle })
    if (!county) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${fields.county}: unknown county "${input.county_handle}"`)
    }
    if (!input.township_id) return { county, township: null }
    const [township] = await this.listTownships({ id: input.township_id, county_id: county.id })
    if (!township) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${fields.township}: township "${input.township_id}" is not in ${county.name_zh}`
      )
    }
    return { county, township }
  }
}

export default GeographyModuleService
