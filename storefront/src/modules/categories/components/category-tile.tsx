import Link from "next/link"

/**
 * A category as phone shops draw one: its picture (the first product's) above its name,
 * a round tile for a group on the home page, a square one for a kind on 分类.
 */
export function CategoryTile({
  href,
  name,
  picture,
  shape,
  sub,
}: {
  href: string
  name: string
  picture: string | null
  shape: "group" | "kind"
  /** a second line under the name, e.g. 8 件商品 */
  sub?: string
}) {
  const group = shape === "group"
  const size = group ? 80 : 96
  return (
    <Link href={href} className="group flex flex-col items-center gap-1.5 text-center">
      <span
        className={
          "block aspect-square w-full overflow-hidden bg-earth-50 ring-1 ring-earth-100 " + (group ? "max-w-20 rounded-full" : "max-w-24 rounded-xl")
        }
      >
        {picture ? (
          <img src={picture} alt="" width={size} height={size} loading="lazy" decoding="async" className="h-full w-full object-cover transition group-hover:scale-105" />
        ) : null}
      </span>
      <span className={"font-medium leading-tight text-earth-900 group-hover:text-brand-700 " + (group ? "text-[13px] sm:text-sm" : "text-sm")}>{name}</span>
      {sub ? <span className="text-xs text-earth-600">{sub}</span> : null}
    </Link>
  )
}
