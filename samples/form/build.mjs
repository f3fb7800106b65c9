// Bundles the two pages of the sample into dist/ (script and style sheet each), for index.html and jsonforms.html to load
// from disk: no server, no module scripts (browsers refuse those from file://).
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
await build({
  absWorkingDir: here,
  entryPoints: { demo: "src/demo.jsx", jsonforms: "src/jsonforms.jsx" },
  outdir: join(here, "dist"),
  bundle: true,
  format: "iife",
  minify: true,
  target: ["chrome110", "firefox110", "safari16"],
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".eot": "file", ".svg": "file" },
  logLevel: "warning",
});
