import { defineConfig } from "vitest/config"

// Workspace packages resolve to their TypeScript source through this export condition,
// so tests never need a prior build. Vitest runs Node tests in Vite's "ssr" environment,
// where only ssr.resolve.conditions applies, and setting it replaces Vite's defaults.
export const sourceConditions = ["@homeroom/source", "module", "node", "development|production"]

export function defineWorkspaceConfig(options: { testTimeout?: number } = {}) {
  return defineConfig({
    ssr: { resolve: { conditions: sourceConditions } },
    test: {
      environment: "node",
      include: ["test/**/*.test.ts"],
      fileParallelism: false,
      testTimeout: options.testTimeout ?? 30_000,
      hookTimeout: 60_000,
    },
  })
}
