// Builds the React renderer into dist/renderer, which every host serves (the desktop window's app://
// protocol and `ewb serve`). Relative asset paths, no inlined assets: the CSP allows only 'self'.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Fonts or images inlined as data: URIs would fall foul of font-src 'self'; keep them as files.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
  },
});
