import { defineWorkspaceConfig } from "../../vitest.shared.js"

export default defineWorkspaceConfig({ testTimeout: 120_000 })
