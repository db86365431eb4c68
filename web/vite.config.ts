import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/** The API server `npm run dev` talks to; the dev server forwards API and health paths to it. */
const apiServer = "http://127.0.0.1:4100";

export default defineConfig({
  root: webRoot,
  publicDir: fileURLToPath(new URL("./public", import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    // Inlined assets become data: URLs; keep everything as files so the CSP stays simple.
    assetsInlineLimit: 0,
  },
  server: {
    // The web app imports types and a few constants from contract/, outside web/.
    fs: { allow: [repoRoot] },
    proxy: {
      "/api": apiServer,
      "/healthz": apiServer,
      "/readyz": apiServer,
    },
  },
});
