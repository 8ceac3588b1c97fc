export { type Answer, call, uploadBundle, waitForImport } from "./api.js"
export { type Platform, type PlatformOptions, startPlatform } from "./platform.js"
export { type ServiceProcess, startServiceProcess } from "./service-process.js"
