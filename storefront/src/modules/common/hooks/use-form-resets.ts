"use client"

import { useEffect, useRef, useState } from "react"

/**
 * React resets a form after its action runs, and a reset puts each <select> back to its first
 * option while the component's state still holds the choice. Give the returned ref to an element
 * inside the form and use the count as the `key` of what must be drawn afresh after every reset.
 */
export function useFormResets<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const [resets, setResets] = useState(0)
  useEffect(() => {
    const form = ref.current?.closest("form")
    if (!form) return
    const redraw = () => setResets((n) => n + 1)
    form.addEventListener("reset", redraw)
    return () => form.removeEventListener("reset", redraw)
  }, [])
  return [ref, resets] as const
}
