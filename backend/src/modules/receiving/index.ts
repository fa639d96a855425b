import { Module } from "@medusajs/framework/utils"
import ReceivingModuleService from "./service"

export const RECEIVING_MODULE = "receiving"

/** 验收: the institution's receipt of each supplier shipment, and what it deducts (src/workflows/receiving). */
export default Module(RECEIVING_MODULE, { service: ReceivingModuleService })
