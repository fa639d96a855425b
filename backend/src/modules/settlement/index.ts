import { Module } from "@medusajs/framework/utils"
import SettlementModuleService from "./service"

export const SETTLEMENT_MODULE = "settlement"

/** Bank transfers recorded by the operator and their allocations to orders (src/workflows/settlement); institutions' invoice requests to suppliers. */
export default Module(SETTLEMENT_MODULE, { service: SettlementModuleService })
