import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
      exclude: ['e2e/**', 'node_modules/**'],
      restoreMocks: true,
      server: { deps: { inline: ['element-plus'] } },
    },
  }),
)
