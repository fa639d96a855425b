import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import InstitutionModule from "../modules/institution"

/**
 * Each institution has its own Medusa customer group (its members), so the
 * operator can give it prices in a price list with a customer-group rule.
 * Kept by workflows/institution/sync-institution-groups.ts.
 */
export default defineLink(InstitutionModule.linkable.institution, CustomerModule.linkable.customerGroup)
