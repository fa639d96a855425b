import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CertificationModule from "../modules/certification"

/**
 * A product's certificate of certified poverty-alleviation product (认定扶贫产品):
 * one product has one certificate (`product.certificate`), one certificate
 * certifies one product (`certificate.product`).
 */
export default defineLink(ProductModule.linkable.product, CertificationModule.linkable.certificate)
