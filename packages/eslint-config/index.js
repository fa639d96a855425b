// Shared flat ESLint config for every workspace package.
import js from "@eslint/js"
import tseslint from "typescript-eslint"
import globals from "globals"

/** @param {{ ignores?: string[] }} [options] */
export function config(options = {}) {
  return tseslint.config(
    {
      ignores: [
        "**/node_modules/**",
        "**/.medusa/**",
        "**/.next/**",
        "**/dist/**",
        "**/migrations/**",
        "**/next-env.d.ts",
        ...(options.ignores ?? []),
      ],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      languageOptions: { globals: { ...globals.node } },
      rules: {
        "@typescript-eslint/no-unused-vars": [
          "error",
          { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
        ],
        "@typescript-eslint/no-explicit-any": "warn",
        "no-console": "off",
      },
    },
    {
      // CommonJS setup files (test runners' hooks) are plain Node scripts.
      files: ["**/*.js", "**/*.cjs"],
      languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
      rules: { "@typescript-eslint/no-require-imports": "off" },
    }
  )
}
