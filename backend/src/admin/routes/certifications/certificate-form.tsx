import { Button, Input, Text, toast } from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { ChoiceSelect, EntityFormDrawer, type FieldSpec, toBody } from "../../components/entity-form"
import { COUNTY_CHOICES } from "../../lib/places"
import { sdk } from "../../lib/sdk"

type CertificateValues = Record<string, unknown>
type Evidence = { title: string; url: string }

function ProductSelect(props: { id: string; label: string; value: unknown; set: (v: unknown) => void; invalid: boolean }) {
  const { data } = useQuery({
    queryKey: ["products", "certificate-options"],
    queryFn: () =>
      sdk.client.fetch<{ products: Array<{ id: string; title: string }> }>("/admin/products", {
        query: { limit: 500, fields: "id,title", order: "title" },
      }),
  })
  return <ChoiceSelect {...props} options={(data?.products ?? []).map((p) => [p.id, p.title])} placeholder="请选择商品" />
}

/**
 * 证明材料: files go through POST /admin/uploads, where lib/files accepts only
 * JPEG/PNG/WebP pictures and PDFs (by content) under the size limit; each is
 * kept as {title, url}, the title being the operator's name for it.
 */
function EvidenceUpload({ id, value, set, invalid }: { id: string; value: unknown; set: (v: unknown) => void; invalid: boolean }) {
  const items = Array.isArray(value) ? (value as Evidence[]) : []
  const [uploading, setUploading] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const upload = async (files: FileList | null) => {
    if (!files?.length) return
    setUploading(true)
    setProblem(null)
    try {
      const { files: stored } = await sdk.admin.upload.create({ files: Array.from(files) })
      const names = Array.from(files).map((f) => f.name.replace(/\.[^.]+$/, ""))
      set([...items, ...stored.map((f, i) => ({ title: names[i] ?? "证明材料", url: f.url }))])
    } catch (e) {
      // the API names the refused file: 「x.png」不是 JPEG、PNG、WebP 图片或 PDF 文件 …
      setProblem((e instanceof Error ? e.message : String(e)).replace(/^files: /, ""))
    } finally {
      setUploading(false)
    }
  }
  return (
    <div className="flex flex-col gap-y-2">
      {items.map((item, i) => (
        <div key={item.url} className="flex items-center gap-x-2">
          <Input
            size="small"
            aria-label={`材料 ${i + 1} 名称`}
            value={item.title}
            onChange={(e) => set(items.map((it, j) => (j === i ? { ...it, title: e.target.value } : it)))}
          />
          <a href={item.url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive whitespace-nowrap text-sm">
            查看
          </a>
          <Button size="small" variant="transparent" onClick={() => set(items.filter((_, j) => j !== i))}>
            移除
          </Button>
        </div>
      ))}
      <input
        id={id}
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp,application/pdf"
        aria-invalid={invalid}
        disabled={uploading}
        onChange={(e) => {
          void upload(e.target.files)
          e.target.value = ""
        }}
        className="text-sm"
      />
      {uploading ? <Text size="small">上传中…</Text> : null}
      {problem ? (
        <Text size="small" role="alert" className="text-ui-fg-error">
          证明材料：{problem}
        </Text>
      ) : null}
    </div>
  )
}

const CERTIFICATE_FIELDS: FieldSpec<CertificateValues>[] = [
  {
    name: "product_id",
    label: "认定商品",
    required: true,
    render: ({ id, label, value, set, invalid }) => <ProductSelect id={id} label={label} value={value} set={set} invalid={invalid} />,
  },
  {
    name: "number",
    label: "证书编号",
    required: true,
    placeholder: "KMFP-2026-0001",
    check: (v) => (/^[A-Za-z0-9-]{4,40}$/.test(String(v).trim()) ? undefined : "4–40 位，只能含字母、数字和 -"),
  },
  { name: "certifying_office", label: "认定机构", required: true, placeholder: "昆明市扶贫开发办公室", check: (v) => (String(v).trim().length < 2 ? "至少 2 个字" : undefined) },
  { name: "county_handle", label: "所属县区", kind: "select", required: true, options: COUNTY_CHOICES },
  { name: "issued_at", label: "发证日期", kind: "date", required: true },
  {
    name: "expires_at",
    label: "有效期至",
    kind: "date",
    required: true,
    check: (v, all) => (all.issued_at && String(v) <= String(all.issued_at) ? "须晚于发证日期" : undefined),
  },
  {
    name: "evidence",
    label: "证明材料（质检报告、利益联结证明）",
    hint: "JPEG、PNG、WebP 图片或 PDF，单个不超过 10 MB",
    render: ({ id, value, set, invalid }) => <EvidenceUpload id={id} value={value} set={set} invalid={invalid} />,
    check: (v) => ((v as Evidence[]).some((e) => !e.title.trim()) ? "每份材料都需要名称" : undefined),
  },
]

/** 新建认定申请: a certificate in `applied`, waiting in the review queue; the product stays off sale until certified. */
export function CertificateFormDrawer({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const client = useQueryClient()
  return (
    <EntityFormDrawer
      title="新建认定申请"
      description="保存后进入待审核，认定通过前商品不上架"
      open={open}
      onOpenChange={onOpenChange}
      fields={CERTIFICATE_FIELDS}
      initial={{ evidence: [] }}
      submit={(values) => sdk.client.fetch("/admin/certifications", { method: "POST", body: toBody(CERTIFICATE_FIELDS, values) })}
      onSaved={() => {
        void client.invalidateQueries({ queryKey: ["certifications"] })
        toast.success("已提交认定申请")
      }}
    />
  )
}
