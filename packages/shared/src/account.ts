/** The shortest password the backend accepts at registration and reset; the storefront checks it first. */
export const MIN_PASSWORD_LENGTH = 8
