export * from "./create-certificates"
export * from "./transition-certificates"
export * from "./types"
