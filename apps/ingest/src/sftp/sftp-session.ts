import type { Logger } from "@homeroom/service-kit"
import type { Attributes, FileEntry, SFTPWrapper } from "ssh2"
import ssh2 from "ssh2"
import type { DropFolder, Upload } from "./drop-folder.js"
import { fileAttributes, folderAttributes, longName } from "./file-attributes.js"
import { Refusals, SftpRefusal } from "./sftp-refusal.js"
import { isTemporaryName } from "./upload-names.js"
import { type Location, locate } from "./virtual-path.js"

const { STATUS_CODE, OPEN_MODE } = ssh2.utils.sftp

/** What a session works with: its connection's folder and how files become imports. */
export interface SessionHost {
  readonly folder: DropFolder
  readonly logger: Logger
  /** Makes a completed file an import; throws an `SftpRefusal` when it could not. */
  importUpload(upload: Upload): Promise<void>
  /** Forgets a file whose upload was cut off before it was closed. */
  abandonUpload(upload: Upload): Promise<void>
}

type OpenHandle =
  | { readonly kind: "upload"; readonly upload: Upload }
  | { readonly kind: "listing"; readonly entries: FileEntry[]; sent: boolean }

/**
 * Answers one SFTP channel's requests against the connection's drop folder. Only what
 * an SIS needs to deliver a file is allowed: upload (open for writing, write, close),
 * listing, stat, realpath, rename and remove within `/upload`, and setstat, which is
 * acknowledged and ignored. Everything else is refused with an SFTP status.
 */
export class SftpSession {
  readonly #sftp: SFTPWrapper
  readonly #host: SessionHost
  readonly #handles = new Map<string, OpenHandle>()
  readonly #startedAt = new Date()
  #handleCount = 0

  constructor(sftp: SFTPWrapper, host: SessionHost) {
    this.#sftp = sftp
    this.#host = host
  }

  /** Starts answering the channel's requests. */
  listen() {
    const sftp = this.#sftp
    sftp.on("OPEN", (id, path, flags) =>
      this.#answer(id, () => this.#open(id, path, flags)),
    )
    sftp.on("WRITE", (id, handle, offset, data) =>
      this.#answer(id, () => this.#write(id, handle, offset, data)),
    )
    sftp.on("CLOSE", (id, handle) => this.#answer(id, () => this.#close(id, handle)))
    sftp.on("OPENDIR", (id, path) => this.#answer(id, () => this.#openListing(id, path)))
    sftp.on("READDIR", (id, handle) =>
      this.#answer(id, () => this.#readListing(id, handle)),
    )
    sftp.on("STAT", (id, path) => this.#answer(id, () => this.#stat(id, path)))
    sftp.on("LSTAT", (id, path) => this.#answer(id, () => this.#stat(id, path)))
    sftp.on("FSTAT", (id, handle) => this.#answer(id, () => this.#fstat(id, handle)))
    sftp.on("SETSTAT", (id, path) => this.#answer(id, () => this.#setstat(id, path)))
    sftp.on("FSETSTAT", (id, handle) =>
      this.#answer(id, () => this.#fsetstat(id, handle)),
    )
    sftp.on("REALPATH", (id, path) => this.#answer(id, () => this.#realpath(id, path)))
    sftp.on("RENAME", (id, from, to) =>
      this.#answer(id, () => this.#rename(id, from, to)),
    )
    sftp.on("REMOVE", (id, path) => this.#answer(id, () => this.#remove(id, path)))
    this.#refuseTheRest()

    // `sftp -b` ends its side of the channel and waits for the server to end its own.
    sftp.on("end", () => sftp.end())
    sftp.on("close", () => this.#abandonOpenUploads())
  }

  #refuseTheRest() {
    const sftp = this.#sftp
    const refuse = (id: number, refusal: SftpRefusal) =>
      this.#answer(id, () => Promise.reject(refusal))
    sftp.on("READ", (id) => refuse(id, Refusals.uploadOnly()))
    sftp.on("MKDIR", (id) => refuse(id, Refusals.notAllowed("Creating a folder")))
    sftp.on("RMDIR", (id) => refuse(id, Refusals.notAllowed("Removing a folder")))
    sftp.on("SYMLINK", (id) => refuse(id, Refusals.notAllowed("Creating a link")))
    sftp.on("READLINK", (id, path) => refuse(id, Refusals.noSuchFile(path)))
  }

  async #open(id: number, path: string, flags: number) {
    if (flags & OPEN_MODE.READ || !(flags & OPEN_MODE.WRITE)) throw Refusals.uploadOnly()
    if (flags & OPEN_MODE.APPEND) throw Refusals.appendUnsupported()

    const location = locate(path)
    if (location.kind === "outside") throw Refusals.outsideFolder(location.path)
    if (location.kind !== "file") throw Refusals.isADirectory(location.path)
    const exclusive = (flags & OPEN_MODE.EXCL) !== 0
    const upload = await this.#host.folder.create(location.name, exclusive)
    this.#sftp.handle(id, this.#register({ kind: "upload", upload }))
  }

  async #write(id: number, handle: Buffer, offset: number, data: Buffer) {
    const upload = this.#uploadOf(handle)

    await this.#host.folder.write(upload, offset, data)
    this.#sftp.status(id, STATUS_CODE.OK)
  }

  /**
   * Closing a file is when it is complete: then, and only then, it becomes an import,
   * unless its name is temporary, in which case the rename that follows imports it.
   */
  async #close(id: number, handle: Buffer) {
    const opened = this.#openHandle(handle)
    this.#handles.delete(handle.toString("hex"))

    if (opened.kind === "upload") {
      const upload = await this.#host.folder.finish(opened.upload)
      if (!isTemporaryName(upload.name)) await this.#host.importUpload(upload)
    }
    this.#sftp.status(id, STATUS_CODE.OK)
  }

  async #openListing(id: number, path: string) {
    const location = locate(path)
    const entries = this.#listingOf(location)

    this.#sftp.handle(id, this.#register({ kind: "listing", entries, sent: false }))
  }

  #listingOf(location: Location): FileEntry[] {
    if (location.kind === "root") {
      return [entryOf("upload", folderAttributes(this.#startedAt))]
    }
    if (location.kind === "folder") {
      return this.#host.folder
        .list()
        .map((upload) => entryOf(upload.name, attributesOf(upload)))
    }
    this.#attributesAt(location)
    throw Refusals.notADirectory(location.path)
  }

  /** A listing is sent whole in one answer, then the end of it in the next. */
  async #readListing(id: number, handle: Buffer) {
    const listing = this.#openHandle(handle)
    if (listing.kind !== "listing") throw Refusals.invalidHandle()

    if (listing.sent || listing.entries.length === 0) {
      this.#sftp.status(id, STATUS_CODE.EOF)
      return
    }
    listing.sent = true
    this.#sftp.name(id, listing.entries)
  }

  async #stat(id: number, path: string) {
    this.#sftp.attrs(id, this.#attributesAt(locate(path)))
  }

  async #fstat(id: number, handle: Buffer) {
    const opened = this.#openHandle(handle)
    const attributes =
      opened.kind === "upload"
        ? attributesOf(opened.upload)
        : folderAttributes(this.#startedAt)
    this.#sftp.attrs(id, attributes)
  }

  /** Clients set times and permissions after an upload; they are not kept. */
  async #setstat(id: number, path: string) {
    this.#attributesAt(locate(path))
    this.#sftp.status(id, STATUS_CODE.OK)
  }

  async #fsetstat(id: number, handle: Buffer) {
    this.#openHandle(handle)
    this.#sftp.status(id, STATUS_CODE.OK)
  }

  async #realpath(id: number, path: string) {
    const location = locate(path)
    const attributes = this.#attributesAt(location)

    this.#sftp.name(id, [
      { filename: location.path, longname: location.path, attrs: attributes },
    ])
  }

  /** Renaming a held file to a name that is not temporary makes it an import. */
  async #rename(id: number, from: string, to: string) {
    const source = locate(from)
    const target = locate(to)
    if (source.kind !== "file") throw Refusals.noSuchFile(source.path)
    if (target.kind !== "file") throw Refusals.outsideFolder(target.path)

    const upload = await this.#host.folder.rename(source.name, target.name)
    if (upload.state === "held" && !isTemporaryName(upload.name)) {
      await this.#host.importUpload(upload)
    }
    this.#sftp.status(id, STATUS_CODE.OK)
  }

  async #remove(id: number, path: string) {
    const location = locate(path)
    if (location.kind === "outside") throw Refusals.outsideFolder(location.path)
    if (location.kind !== "file") throw Refusals.notAllowed("Removing a folder")

    await this.#host.folder.remove(location.name)
    this.#sftp.status(id, STATUS_CODE.OK)
  }

  #attributesAt(location: Location): Attributes {
    if (location.kind === "root" || location.kind === "folder") {
      return folderAttributes(this.#startedAt)
    }
    const upload = location.kind === "file" ? this.#host.folder.find(location.name) : null
    if (!upload) throw Refusals.noSuchFile(location.path)
    return attributesOf(upload)
  }

  #register(opened: OpenHandle): Buffer {
    const handle = Buffer.alloc(4)
    handle.writeUInt32BE(this.#handleCount++ % 2 ** 32)
    this.#handles.set(handle.toString("hex"), opened)
    return handle
  }

  #openHandle(handle: Buffer): OpenHandle {
    const opened = this.#handles.get(handle.toString("hex"))
    if (!opened) throw Refusals.invalidHandle()
    return opened
  }

  #uploadOf(handle: Buffer): Upload {
    const opened = this.#openHandle(handle)
    if (opened.kind !== "upload") throw Refusals.invalidHandle()
    return opened.upload
  }

  #answer(id: number, work: () => Promise<void>) {
    work().catch((error: unknown) => this.#refuse(id, error))
  }

  #refuse(id: number, error: unknown) {
    if (error instanceof SftpRefusal) {
      this.#sftp.status(id, error.status, error.message)
      return
    }
    this.#host.logger.error({ err: error }, "sftp request failed")
    this.#sftp.status(
      id,
      STATUS_CODE.FAILURE,
      "The server could not complete the request.",
    )
  }

  /** A channel that closes with files still open was cut off mid-upload. */
  #abandonOpenUploads() {
    for (const opened of this.#handles.values()) {
      if (opened.kind === "upload" && opened.upload.state === "writing") {
        void this.#host.abandonUpload(opened.upload)
      }
    }
    this.#handles.clear()
  }
}

function attributesOf(upload: Upload): Attributes {
  return fileAttributes(upload.sizeBytes, upload.modifiedAt)
}

function entryOf(name: string, attributes: Attributes): FileEntry {
  return { filename: name, longname: longName(name, attributes), attrs: attributes }
}
