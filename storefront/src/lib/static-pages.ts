/**
 * The catalogue pages (home, 分类, browse, category, product, county, supplier, certificate) are static:
 * each path is rendered on its first visit, then served from Next's cache to everyone
 * until the backend revalidates the tags of its reads (lib/data/*, through
 * /api/revalidate) or the reads expire (at most the page's `revalidate` seconds).
 * Nothing personal is on them: the header's cart count and login arrive from
 * GET /api/shopper. A page opts in with
 *   export const generateStaticParams = renderOnFirstVisit
 *   export const revalidate = 300
 * Lists are static too: /products and /categories/<handle> with filters, an order or a page
 * are rewritten by proxy.ts to a path per canonical state (modules/browse/lib/list-path.ts),
 * itself a page like these. Only /search (a free-text query) is rendered per request.
 */
export function renderOnFirstVisit(): never[] {
  return []
}
