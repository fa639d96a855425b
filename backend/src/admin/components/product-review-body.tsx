import { Text } from "@medusajs/ui"
import type { AdminProductReviewDTO } from "@fupin/shared"

/** ★★★★☆ with its number for screen readers. */
export const ReviewStars = ({ rating }: { rating: number }) => (
  <span aria-label={`${rating} 星`}>
    {"★".repeat(rating)}
    {"☆".repeat(5 - rating)}
  </span>
)

/** What the shopper wrote and the photos, each opening full size. */
export function ReviewBody({ review }: { review: AdminProductReviewDTO }) {
  return (
    <>
      <Text size="small" className="whitespace-pre-line">{review.text}</Text>
      {review.photos.length ? (
        <div className="flex gap-x-2">
          {review.photos.map((p) => (
            <a key={p.file_id} href={p.url} target="_blank" rel="noreferrer">
              <img src={p.url} alt="评价照片" className="h-16 w-16 rounded object-cover" />
            </a>
          ))}
        </div>
      ) : null}
    </>
  )
}
