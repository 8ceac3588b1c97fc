export { apiTokens, type TokenRole, TokenRoles } from "./api-tokens.js"
export { districtSettings, districtSettingsChanges } from "./district-settings.js"
export { districts } from "./districts.js"
export {
  importNotifications,
  type NotificationKind,
  NotificationKinds,
  type NotificationStatus,
  NotificationStatuses,
} from "./import-notifications.js"
export { importProblems } from "./import-problems.js"
export { importTransitions } from "./import-transitions.js"
export { imports } from "./imports.js"
export { sftpCredentials } from "./sftp-credentials.js"
