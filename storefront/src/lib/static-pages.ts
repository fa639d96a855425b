/**
 * The catalogue pages (home, 分类, product, county, supplier, certificate) are static:
 * each path is rendered on its first visit, then served from Next's cache to everyone
 * until the backend revalidates the tags of its reads (lib/data/*, through
 * /api/revalidate) or the reads expire (at most the page's `revalidate` seconds).
 * Nothing personal is on them: the header's cart count and login arrive from
 * GET /api/shopper. A page opts in with
 *   export const generateStaticParams = renderOnFirstVisit
 *   export const revalidate = 300
 * Browse pages that read search params (a category's sort and page, /products, /search) stay dynamic.
 */
export function renderOnFirstVisit(): never[] {
  return []
}
