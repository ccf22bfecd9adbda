// Vite builds the web app from web/ into web/dist, which the server serves. In development
// (`npm run dev:web`) it proxies /api to a server started with `vigie start --port 8080`.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  // Same as `root: 'web'` from the repository, but also right when Vite is started from elsewhere.
  root: resolve(repo, 'web'),
  plugins: [react(), precompress()],
  // Vite writes this placeholder as the nonce of index.html's tags and in a
  // `<meta property="csp-nonce">`; the server replaces it with each response's nonce (src/server/csp.ts).
  html: { cspNonce: 'VIGIE_CSP_NONCE' },
  build: {
    outDir: resolve(repo, 'web/dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
});
