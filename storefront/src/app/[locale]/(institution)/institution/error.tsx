"use client"

// The shop's error page (backend unreachable…) serves the portal too.
export { default } from "../../(shop)/error"
