import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { isCertificateValidOn } from "@fupin/shared"
import { countyName } from "../lib/format"
import { sdk } from "../lib/sdk"
import { type CertificateListResponse, CertificateStatusBadge, day, ExpiryWarning } from "../routes/certifications/common"

/** 扶贫产品认定 on the product page: the certificate, whether the product may be sold, a link to review it. */
const ProductCertificateWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading } = useQuery({
    queryKey: ["certifications", "product", product.id],
    queryFn: () =>
      sdk.client.fetch<{ product: { certificate?: CertificateListResponse["certificates"][number] | null } }>(
        `/admin/products/${product.id}`,
        { query: { fields: "id,*certificate" } }
      ),
  })
  const c = data?.product.certificate
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">扶贫产品认定</Heading>
        {c ? <CertificateStatusBadge status={c.status} /> : null}
      </div>
      {isLoading ? (
        <Text size="small" className="px-6 py-4">
          加载中…
        </Text>
      ) : c ? (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" className="font-mono">
            {c.number}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {c.certifying_office} · {countyName(c.county_handle)}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            有效期 {day(c.issued_at)} – {day(c.expires_at)}
          </Text>
          <ExpiryWarning certificate={c} />
          <Text size="small" className={isCertificateValidOn(c) ? "text-ui-fg-interactive" : "text-ui-fg-error"}>
            {isCertificateValidOn(c) ? "证书有效，商品可在商城销售" : `证书无效，商品已下架${c.status_reason ? `：${c.status_reason}` : ""}`}
          </Text>
          <Button size="small" variant="secondary" className="mt-2 self-start" asChild>
            <Link to={`/certifications/${c.id}`}>查看证书与审核记录</Link>
          </Button>
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          该商品尚无扶贫产品认定证书，不能在商城下单。
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductCertificateWidget
