/** GET /admin/counties: the same counties and townships the storefront reads, for the dashboard's place pickers. */
export { GET } from "../../store/counties/route"
