import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import BankTransferProviderService from "./service"

/** 对公转账: pp_bank-transfer_bank-transfer, registered in medusa-config.ts with the receiving account. */
export default ModuleProvider(Modules.PAYMENT, { services: [BankTransferProviderService] })
