import { Module } from "@medusajs/framework/utils"
import InstitutionModuleService from "./service"

export const INSTITUTION_MODULE = "institution"

export default Module(INSTITUTION_MODULE, { service: InstitutionModuleService })
