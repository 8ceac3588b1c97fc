import { mkdir } from "node:fs/promises"
import type { IngestDependencies } from "../imports/receive-bundle.js"
import { loadHostKey } from "./host-key.js"
import type { SftpEndpoint } from "./sftp-endpoint.js"
import { type RunningSftpServer, startSftpServer } from "./sftp-server.js"

/** The SFTP settings of the ingest service, as read from its variables. */
export interface DropFolderConfig {
  readonly host: string
  readonly port: number
  readonly hostKeyPath: string
  readonly publicHost: string
  /** 0 shows districts the port the server listens on. */
  readonly publicPort: number
  readonly scratchPath: string
  readonly lockoutFailures: number
  readonly lockoutMinutes: number
  readonly failureDelayMs: number
}

/** The running SFTP drop folder and where districts are told to find it. */
export interface StartedDropFolder {
  readonly server: RunningSftpServer
  readonly endpoint: SftpEndpoint
}

/**
 * Loads (or creates) the host key, makes sure the scratch directory exists and starts
 * the SFTP drop folder.
 */
export async function startDropFolder(
  dependencies: IngestDependencies,
  config: DropFolderConfig,
): Promise<StartedDropFolder> {
  const hostKey = await loadHostKey(config.hostKeyPath, dependencies.logger)
  await mkdir(config.scratchPath, { recursive: true, mode: 0o700 })
  const server = await startSftpServer(dependencies, {
    host: config.host,
    port: config.port,
    hostKey,
    scratchRoot: config.scratchPath,
    throttle: {
      failureLimit: config.lockoutFailures,
      windowMs: config.lockoutMinutes * 60_000,
      delayStepMs: config.failureDelayMs,
    },
  })

  dependencies.logger.info(
    { port: server.port, fingerprint: hostKey.fingerprint },
    "sftp drop folder started",
  )
  const endpoint = {
    host: config.publicHost,
    port: config.publicPort === 0 ? server.port : config.publicPort,
    hostKeyFingerprint: hostKey.fingerprint,
  }
  return { server, endpoint }
}
