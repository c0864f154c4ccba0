import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs, so that dist/ works from any static host and path.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco alone is a few MB; one chunk is fine for a playground.
    chunkSizeWarningLimit: 8192,
    // Building Monaco's worker takes seconds on a busy machine; that is expected, not a warning.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    // The redlua package is linked from ../wasm.
    fs: { allow: ['..'] },
  },
});
