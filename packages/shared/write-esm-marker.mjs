// dist/esm holds ES modules for bundlers (Vite in the admin dashboard, Next.js);
// dist/ keeps CommonJS for the Medusa backend, which loads through require().
import { writeFileSync } from "node:fs"

writeFileSync(new URL("./dist/esm/package.json", import.meta.url), JSON.stringify({ type: "module", sideEffects: false }) + "\n")
