import { config } from "@fupin/eslint-config"

export default config({ ignores: ["artifacts/**", "test-results/**", "playwright-report/**"] })
