import { defineConfig } from 'vite';

// The gateway serves dist/ at /; during `npm run dev` the API and login go to a running gateway.
export default defineConfig({
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/oauth2': 'http://localhost:8080',
      '/login/oauth2': 'http://localhost:8080',
      '/logout': 'http://localhost:8080',
    },
  },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
