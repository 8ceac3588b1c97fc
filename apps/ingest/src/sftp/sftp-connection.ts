import { type Logger, ServiceError } from "@homeroom/service-kit"
import type { AuthContext, ClientInfo, Connection } from "ssh2"
import type { IngestDependencies } from "../imports/receive-bundle.js"
import { deliverUpload } from "./deliver-upload.js"
import { DropFolder, type Upload } from "./drop-folder.js"
import type { LoginThrottle } from "./login-throttle.js"
import { Refusals, type SftpRefusal } from "./sftp-refusal.js"
import { type SessionHost, SftpSession } from "./sftp-session.js"
import { type SftpPrincipal, signIn } from "./sign-in.js"

/** What one SFTP connection needs. */
export interface ConnectionDependencies extends IngestDependencies {
  readonly throttle: LoginThrottle
  /** Where the connection's drop folder keeps bytes until they are imported. */
  readonly scratchRoot: string
}

/** How long a client may take to sign in before it is disconnected. */
const SignInTimeoutMs = 60_000

const NotImportedNow = "The file could not be imported just now; send it again shortly."

/**
 * One client's connection: it signs in as a district, then every SFTP channel it opens
 * works on one private drop folder. Whatever copy of the service accepts a connection
 * handles it alone; nothing is shared between copies or connections.
 */
export class SftpConnection implements SessionHost {
  readonly folder: DropFolder
  readonly logger: Logger
  /** Settles once the connection has ended and its files are cleaned up. */
  readonly closed: Promise<void>
  readonly #dependencies: ConnectionDependencies
  readonly #client: Connection
  readonly #address: string
  readonly #imports = new Set<Promise<unknown>>()
  #principal: SftpPrincipal | null = null
  #markClosed: () => void = () => {}

  constructor(
    dependencies: ConnectionDependencies,
    client: Connection,
    info: ClientInfo,
  ) {
    this.#dependencies = dependencies
    this.#client = client
    this.#address = info.ip
    this.logger = dependencies.logger.child({ address: info.ip })
    this.folder = new DropFolder({
      scratchRoot: dependencies.scratchRoot,
      maxUploadBytes: dependencies.maxUploadBytes,
    })
    this.closed = new Promise((resolve) => {
      this.#markClosed = resolve
    })
  }

  /** Starts answering the client: sign-in first, then SFTP channels. */
  start() {
    const client = this.#client
    const signInTimer = setTimeout(() => client.end(), SignInTimeoutMs)

    client.on("authentication", (context) => this.#authenticate(context))
    client.on("ready", () => {
      clearTimeout(signInTimer)
      client.on("session", (accept) => {
        accept().on("sftp", (acceptSftp) => new SftpSession(acceptSftp(), this).listen())
      })
    })
    client.on("error", (error) =>
      this.logger.debug({ err: error }, "sftp connection error"),
    )
    client.on("close", () => {
      clearTimeout(signInTimer)
      void this.#cleanUp()
    })
  }

  /** Ends the connection, as at shutdown; files not yet closed are not imported. */
  end() {
    this.#client.end()
  }

  async importUpload(upload: Upload): Promise<void> {
    const principal = this.#signedIn()
    upload.state = "importing"
    const delivering = deliverUpload(this.#dependencies, {
      districtId: principal.districtId,
      fileName: upload.name,
      path: upload.scratchPath,
      sizeBytes: upload.sizeBytes,
    })
    this.#track(delivering)

    try {
      const delivered = await delivering
      await this.folder.release(upload)
      this.logger.info(
        { ...principal, ...delivered, sizeBytes: upload.sizeBytes },
        "sftp upload imported",
      )
    } catch (error) {
      await this.folder.abandon(upload)
      throw this.#refusalFor(error)
    }
  }

  async abandonUpload(upload: Upload): Promise<void> {
    const sizeBytes = upload.sizeBytes
    if (await this.folder.abandon(upload)) {
      this.logger.info({ ...this.#principal, sizeBytes }, "sftp upload interrupted")
    }
  }

  #authenticate(context: AuthContext) {
    signIn(this.#dependencies, context, this.#address).then(
      (principal) => {
        if (principal) this.#principal = principal
      },
      (error: unknown) => {
        this.logger.error({ err: error }, "sftp sign-in could not be checked")
        context.reject()
      },
    )
  }

  #signedIn(): SftpPrincipal {
    if (!this.#principal) throw new Error("an SFTP channel was opened before sign-in")
    return this.#principal
  }

  #track(work: Promise<unknown>) {
    const settled = work.then(
      () => undefined,
      () => undefined,
    )
    this.#imports.add(settled)
    void settled.then(() => this.#imports.delete(settled))
  }

  #refusalFor(error: unknown): SftpRefusal {
    if (error instanceof ServiceError) {
      this.logger.warn({ err: error, ...this.#principal }, "sftp upload not imported")
      return Refusals.notImported(error.message)
    }
    this.logger.error({ err: error, ...this.#principal }, "sftp upload not imported")
    return Refusals.notImported(NotImportedNow)
  }

  /**
   * Files still open when the connection ends were cut off, and files held under a
   * temporary name were never renamed: both are logged and deleted with everything
   * else, after any import in progress has read its file.
   */
  async #cleanUp() {
    for (const upload of this.folder.openUploads()) {
      this.logger.info(
        { ...this.#principal, sizeBytes: upload.sizeBytes },
        "sftp upload interrupted",
      )
    }
    for (const upload of this.folder.list().filter(({ state }) => state === "held")) {
      const fields = { fileName: upload.name, sizeBytes: upload.sizeBytes }
      this.logger.info({ ...this.#principal, ...fields }, "sftp upload never renamed")
    }
    await Promise.all(this.#imports)
    await this.folder.discard()
    this.logger.info({ ...this.#principal }, "sftp connection closed")
    this.#markClosed()
  }
}
