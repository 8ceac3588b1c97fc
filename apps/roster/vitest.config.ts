import { defineWorkspaceConfig } from "../../vitest.shared.js"

export default defineWorkspaceConfig()
