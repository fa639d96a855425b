import "server-only"

/**
 * The storefront's only reader of process.env. Values are read at request time, not at
 * import time: `next build` runs before the backend (and its publishable key) exists.
 */

export const DEFAULT_BACKEND_URL = "http://localhost:9000"

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "ConfigError"
  }
}

export interface StorefrontConfig {
  /** Medusa backend base URL, without a trailing slash. */
  backendUrl: string
  /** Medusa publishable API key (pk_…), sent as x-publishable-api-key. */
  publishableKey: string
}

/** Optional settings, read separately so the catalogue works without them. */
export interface OptionalConfig {
  /** Shared secret the backend sends to POST /api/revalidate; unset disables the route (401). */
  revalidateSecret: string | null
  /** Stripe publishable key (pk_…): turns on the Stripe payment branch of the checkout. */
  stripePublishableKey: string | null
}

type Env = Record<string, string | undefined>

/** Validates the storefront's environment. Throws a ConfigError naming the variable at fault. */
export function readConfig(env: Env): StorefrontConfig {
  const rawUrl = env.MEDUSA_BACKEND_URL?.trim() || DEFAULT_BACKEND_URL
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    throw new ConfigError(`MEDUSA_BACKEND_URL is not a valid URL: "${rawUrl}" (expected e.g. ${DEFAULT_BACKEND_URL}).`)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`MEDUSA_BACKEND_URL must start with http:// or https://, got "${rawUrl}".`)
  }

  const publishableKey = env.MEDUSA_PUBLISHABLE_KEY?.trim()
  if (!publishableKey) {
    throw new ConfigError(
      "MEDUSA_PUBLISHABLE_KEY is not set. The storefront needs the Medusa publishable API key (pk_…) " +
        "to read the catalogue: create one in the Medusa admin (Settings → Publishable API Keys) or take it " +
        "from the backend's seed output, then start the storefront with MEDUSA_PUBLISHABLE_KEY=pk_… ."
    )
  }

  return { backendUrl: rawUrl.replace(/\/+$/, ""), publishableKey }
}

/** The configuration for this process, validated on first use. */
export function getConfig(): StorefrontConfig {
  return readConfig(process.env)
}

/** REVALIDATE_SECRET and NEXT_PUBLIC_STRIPE_KEY, both optional. */
export function readOptionalConfig(env: Env): OptionalConfig {
  return {
    revalidateSecret: env.REVALIDATE_SECRET?.trim() || null,
    stripePublishableKey: env.NEXT_PUBLIC_STRIPE_KEY?.trim() || null,
  }
}

export function getOptionalConfig(): OptionalConfig {
  return readOptionalConfig(process.env)
}
