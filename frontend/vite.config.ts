import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The backend the dev server forwards API calls to (the packaged jar serves the built app itself).
const api = process.env.GONGKAI_API ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus on demand: components and ElMessage/ElMessageBox are imported (with their styles) only
    // where they are used. The generated .d.ts files are committed so that vue-tsc works before a build.
    AutoImport({
      resolvers: [ElementPlusResolver()],
      dts: 'src/auto-imports.d.ts',
    }),
    Components({
      resolvers: [ElementPlusResolver()],
      dts: 'src/components.d.ts',
      // Our own components are imported explicitly; only Element Plus is resolved automatically.
      dirs: [],
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: api, changeOrigin: true },
      '/q': { target: api, changeOrigin: true },
    },
  },
  build: {
    // scripts/check-bundle.mjs reads the manifest to measure the portal's initial JavaScript.
    manifest: true,
    chunkSizeWarningLimit: 1200,
  },
})
