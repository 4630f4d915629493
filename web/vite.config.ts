// The dashboard's build: root web/, output web/dist (the server serves it), and in development
// a proxy of /api and /docs to the Ballast server (BALLAST_API, default http://127.0.0.1:8080).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.BALLAST_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // Pages load lazily: the map (world-atlas 110m) and Observable Plot come with the pages that draw them.
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': api, '/docs': api },
  },
  preview: { host: '127.0.0.1' },
});
