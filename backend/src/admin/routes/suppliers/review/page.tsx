import { Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { errorMessage, listSuppliers, TYPE_LABELS, useReviewSupplier } from "../common"

/** 供应商审核 (Review queue): pending suppliers, approve or reject with a reason. */
const SupplierReviewPage = () => {
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const { data, isLoading } = useQuery({
    queryKey: ["suppliers", "review"],
    queryFn: () => listSuppliers({ status: "pending", limit: 100, order: "created_at" }),
  })
  const review = useReviewSupplier()

  const act = (id: string, action: "approve" | "reject") => {
    const note = reasons[id]?.trim()
    if (action === "reject" && !note) {
      toast.error("驳回需要填写原因 (a reason is required to reject)")
      return
    }
    review.mutate(
      { id, action, note },
      {
        onSuccess: () => toast.success(action === "approve" ? "已通过 (approved)" : "已驳回 (rejected)"),
        onError: (e) => toast.error(errorMessage(e)),
      }
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">供应商审核 (Review queue)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            待审核的供应商：核对统一社会信用代码、所在乡镇与带贫名单后通过或驳回
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="/suppliers">返回列表</Link>
        </Button>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">加载中…</Text>
      ) : !data?.suppliers.length ? (
        <Text className="text-ui-fg-muted px-6 py-4">没有待审核的供应商 (nothing to review)</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>名称</Table.HeaderCell>
              <Table.HeaderCell>统一社会信用代码</Table.HeaderCell>
              <Table.HeaderCell>类型 / 县区</Table.HeaderCell>
              <Table.HeaderCell>审核意见</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.suppliers.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>
                  <Link to={`/suppliers/${s.id}`} className="text-ui-fg-interactive">
                    {s.legal_name}
                  </Link>
                </Table.Cell>
                <Table.Cell className="font-mono">{s.credit_code}</Table.Cell>
                <Table.Cell>
                  {TYPE_LABELS[s.type]} · {s.county_name ?? s.county_handle}
                  {s.township_name ? ` ${s.township_name}` : ""}
                </Table.Cell>
                <Table.Cell>
                  <Input
                    size="small"
                    placeholder="意见（驳回必填）"
                    value={reasons[s.id] ?? ""}
                    onChange={(e) => setReasons((r) => ({ ...r, [s.id]: e.target.value }))}
                  />
                </Table.Cell>
                <Table.Cell>
                  <div className="flex gap-x-2">
                    <Button size="small" onClick={() => act(s.id, "approve")} isLoading={review.isPending}>
                      通过
                    </Button>
                    <Button size="small" variant="danger" onClick={() => act(s.id, "reject")} isLoading={review.isPending}>
                      驳回
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export default SupplierReviewPage
