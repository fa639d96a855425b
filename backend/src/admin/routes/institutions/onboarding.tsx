import { Button, Checkbox, Drawer, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import type { AdminInstitutionActivationResponse, InstitutionImportReport } from "@fupin/shared"
import { INSTITUTION_IMPORT_COLUMNS } from "@fupin/shared"

/**
 * Onboarding in the operator's dashboard: importing institutions from a CSV/XLSX
 * file (upload → report → confirm) and an approved institution's activation link.
 */

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e))

async function importFile(file: File, options: { dry_run: boolean; approve: boolean }): Promise<InstitutionImportReport> {
  const body = new FormData()
  body.append("file", file)
  const qs = new URLSearchParams({ dry_run: String(options.dry_run), approve: String(options.approve) })
  // fetch, not the SDK: the SDK would send the form as JSON
  const res = await fetch(`/admin/institutions/import?${qs}`, { method: "POST", body, credentials: "include" })
  const data = await res.json()
  if (!res.ok) throw new Error(data?.message ?? `HTTP ${res.status}`)
  return data as InstitutionImportReport
}

function Report({ report }: { report: InstitutionImportReport }) {
  return (
    <div className="flex flex-col gap-y-2">
      <Text size="small">
        共 {report.total} 行：{report.ok} 行可导入，{report.errors} 行有问题
        {report.dry_run ? "（预检，未导入）" : `；已导入 ${report.created} 家（${report.status === "approved" ? "已通过" : "待审核"}）`}
      </Text>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>行</Table.HeaderCell>
            <Table.HeaderCell>单位名称</Table.HeaderCell>
            <Table.HeaderCell>结果</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {report.rows.map((r) => (
            <Table.Row key={r.row}>
              <Table.Cell>{r.row}</Table.Cell>
              <Table.Cell>{r.name || "—"}</Table.Cell>
              <Table.Cell className={r.ok ? "text-ui-fg-interactive" : "text-ui-fg-error"}>
                {r.ok
                  ? r.institution_id
                    ? "已导入"
                    : "可导入"
                  : r.errors.map((e) => `${e.field in INSTITUTION_IMPORT_COLUMNS ? INSTITUTION_IMPORT_COLUMNS[e.field as keyof typeof INSTITUTION_IMPORT_COLUMNS] : "文件"}：${e.reason}`).join("；")}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** 批量导入: pick a file, see its row-by-row report (dry run), then import the good rows. */
export function ImportInstitutions() {
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)
  const [file, setFile] = useState<File | null>(null)
  const [approve, setApprove] = useState(false)
  const [report, setReport] = useState<InstitutionImportReport | null>(null)
  const run = useMutation({
    mutationFn: (dry_run: boolean) => importFile(file!, { dry_run, approve }),
    onSuccess: (r) => {
      setReport(r)
      if (!r.dry_run) {
        toast.success(`已导入 ${r.created} 家采购单位`)
        queryClient.invalidateQueries({ queryKey: ["institutions"] })
      }
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  return (
    <Drawer
      open={open}
      onOpenChange={(o) => {
        setOpen(o)
        if (!o) {
          setFile(null)
          setReport(null)
        }
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">批量导入</Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>批量导入采购单位 (Import institutions)</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            CSV 或 XLSX，列：{Object.values(INSTITUTION_IMPORT_COLUMNS).join("、")}（上级单位、地址可空）。下载模板：
            <a className="text-ui-fg-interactive underline" href="/admin/institutions/import/template?format=xlsx">XLSX</a>
            {" · "}
            <a className="text-ui-fg-interactive underline" href="/admin/institutions/import/template?format=csv">CSV</a>
          </Text>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="import-file">文件</Label>
            <input
              id="import-file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null)
                setReport(null)
              }}
            />
          </div>
          <div className="flex items-center gap-x-2">
            <Checkbox id="import-approve" checked={approve} onCheckedChange={(v) => setApprove(v === true)} />
            <Label htmlFor="import-approve">导入即通过审核（否则为待审核，与单个登记相同）</Label>
          </div>
          {report && <Report report={report} />}
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" disabled={!file} isLoading={run.isPending && run.variables === true} onClick={() => run.mutate(true)}>
            预检
          </Button>
          <Button
            size="small"
            disabled={!file || !report?.dry_run || report.ok === 0}
            isLoading={run.isPending && run.variables === false}
            onClick={() => run.mutate(false)}
          >
            导入 {report?.dry_run ? `${report.ok} 家` : ""}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** 激活链接: for an approved institution's admin; the operator copies the link (it is also e-mailed). */
export function ActivationLink({ institutionId }: { institutionId: string }) {
  const [email, setEmail] = useState("")
  const [link, setLink] = useState<AdminInstitutionActivationResponse | null>(null)
  const create = useMutation({
    mutationFn: async () => {
      const res = await fetch(`/admin/institutions/${institutionId}/activation`, {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: email.trim() }),
      })
      const data = await res.json()
      if (!res.ok) throw new Error(data?.message ?? `HTTP ${res.status}`)
      return data as AdminInstitutionActivationResponse
    },
    onSuccess: (data) => {
      setLink(data)
      toast.success("已生成激活链接并发送邮件")
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  return (
    <div className="flex flex-col gap-y-2">
      <Heading level="h3">管理员激活链接 (Activation link)</Heading>
      <Text size="small" className="text-ui-fg-subtle">单位管理员用此链接设置密码，72 小时内有效，仅可使用一次；再次生成会使旧链接失效。</Text>
      <div className="flex gap-x-2">
        <Input size="small" type="email" placeholder="管理员邮箱" value={email} onChange={(e) => setEmail(e.target.value)} />
        <Button size="small" variant="secondary" disabled={!email.trim()} isLoading={create.isPending} onClick={() => create.mutate()}>
          生成
        </Button>
      </div>
      {link && (
        <div className="flex items-center gap-x-2">
          <Input size="small" readOnly value={link.url} aria-label="激活链接" onFocus={(e) => e.currentTarget.select()} />
          <Button
            size="small"
            variant="secondary"
            onClick={() => navigator.clipboard.writeText(link.url).then(() => toast.success("已复制"), () => toast.error("复制失败，请手动选择复制"))}
          >
            复制
          </Button>
        </div>
      )}
    </div>
  )
}
