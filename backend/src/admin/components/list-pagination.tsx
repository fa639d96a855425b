import { Table } from "@medusajs/ui"

const ZH = { of: "/", results: "条", pages: "页", prev: "上一页", next: "下一页" }

/** The dashboard's list pagination: page index from 0, Chinese labels, never past either end. */
export function ListPagination({
  count,
  pageSize,
  page,
  onPageChange,
}: {
  count: number
  pageSize: number
  page: number
  onPageChange: (page: number) => void
}) {
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={page}
      pageCount={pageCount}
      canPreviousPage={page > 0}
      canNextPage={(page + 1) * pageSize < count}
      previousPage={() => onPageChange(Math.max(0, page - 1))}
      nextPage={() => onPageChange(Math.min(pageCount - 1, page + 1))}
      translations={ZH}
    />
  )
}
