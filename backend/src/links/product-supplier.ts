import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SupplierModule from "../modules/supplier"

/**
 * Who produced a product. A product has one supplier (`product.supplier`); a
 * supplier has many products (`supplier.products`). `isList` on the product
 * side makes the link module refuse a second supplier for the same product.
 */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, SupplierModule.linkable.supplier)
