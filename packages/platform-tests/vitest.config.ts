import { defineWorkspaceConfig } from "../../vitest.shared.js"

export default defineWorkspaceConfig({ testTimeout: 180_000 })
