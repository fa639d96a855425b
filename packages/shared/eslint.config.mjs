import { config } from "@fupin/eslint-config"

export default config()
