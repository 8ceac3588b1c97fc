import { randomUUID } from "node:crypto"
import { type FileHandle, mkdtemp, open, rm } from "node:fs/promises"
import { join } from "node:path"
import { Refusals } from "./sftp-refusal.js"

/**
 * Where an upload stands: `writing` while a handle is open, `held` once closed under a
 * temporary name, `importing` while its bytes go into the pipeline, `imported` after.
 */
export type UploadState = "writing" | "held" | "importing" | "imported"

/** A file a connection put in its `/upload` folder. */
export interface Upload {
  name: string
  /** Where its bytes are kept on local disk until imported. */
  readonly scratchPath: string
  sizeBytes: number
  modifiedAt: Date
  state: UploadState
}

/** Where a drop folder keeps bytes, and how large a file may grow. */
export interface DropFolderSettings {
  /** A local directory; each connection gets a private directory inside it. */
  readonly scratchRoot: string
  readonly maxUploadBytes: number
}

interface OpenFile {
  readonly file: FileHandle
  readonly writes: Set<Promise<void>>
  failure: Error | null
}

/** Files one connection may have open or waiting, which bounds its scratch space. */
const MaxFiles = 16

/**
 * One connection's `/upload` folder. It lists only the files this connection put, so
 * nothing one district (or one of its connections) sends is seen by another. Bytes are
 * written to a private scratch directory as they arrive, at the offsets the client
 * gives, and never held in memory; `discard` removes everything when the connection
 * ends, so an interrupted upload leaves nothing behind.
 */
export class DropFolder {
  readonly #settings: DropFolderSettings
  readonly #uploads = new Map<string, Upload>()
  readonly #openFiles = new Map<Upload, OpenFile>()
  #scratch: Promise<string> | undefined
  #discarded = false

  constructor(settings: DropFolderSettings) {
    this.#settings = settings
  }

  /** The files in the folder, by name. */
  list(): Upload[] {
    return [...this.#uploads.values()].sort((a, b) => a.name.localeCompare(b.name))
  }

  find(name: string): Upload | undefined {
    return this.#uploads.get(name)
  }

  /** Starts a new, empty file, replacing a finished one of the same name. */
  async create(name: string, exclusive: boolean): Promise<Upload> {
    const existing = this.#uploads.get(name)
    if (existing && exclusive) throw Refusals.alreadyExists(name)
    if (existing) this.#assertIdle(existing)
    if (!existing && this.#uploads.size >= MaxFiles) throw Refusals.tooManyFiles(MaxFiles)

    const scratchPath = join(await this.#scratchDirectory(), randomUUID())
    const file = await open(scratchPath, "wx", 0o600)
    if (this.#discarded) {
      // The connection ended while the file was being opened.
      await file.close()
      throw Refusals.invalidHandle()
    }
    if (existing) await this.#drop(existing)
    const upload: Upload = {
      name,
      scratchPath,
      sizeBytes: 0,
      modifiedAt: new Date(),
      state: "writing",
    }
    this.#uploads.set(name, upload)
    this.#openFiles.set(upload, { file, writes: new Set(), failure: null })
    return upload
  }

  /** Writes bytes at an offset; clients send several writes at once, in any order. */
  async write(upload: Upload, offset: number, data: Buffer): Promise<void> {
    const open = this.#openFileOf(upload)
    if (offset + data.length > this.#settings.maxUploadBytes) {
      open.failure = Refusals.tooLarge(this.#settings.maxUploadBytes)
    }
    if (open.failure) throw open.failure

    const writing = this.#writeAt(open, offset, data)
    open.writes.add(writing)
    try {
      await writing
    } finally {
      open.writes.delete(writing)
    }
    upload.sizeBytes = Math.max(upload.sizeBytes, offset + data.length)
  }

  /**
   * Closes a file once its writes have landed and holds it, complete. A file that
   * failed to write or grew too large is removed instead, and the failure thrown.
   */
  async finish(upload: Upload): Promise<Upload> {
    const open = this.#openFileOf(upload)
    await Promise.allSettled([...open.writes])
    this.#openFiles.delete(upload)
    await open.file.close()

    if (open.failure) {
      await this.#drop(upload)
      throw open.failure
    }
    upload.state = "held"
    upload.modifiedAt = new Date()
    return upload
  }

  /** Gives a file a new name, replacing a finished file that had that name. */
  async rename(from: string, to: string): Promise<Upload> {
    const upload = this.#uploads.get(from)
    if (!upload) throw Refusals.noSuchFile(`/upload/${from}`)
    if (upload.state === "importing") throw Refusals.beingWritten(from)
    if (from === to) return upload

    const replaced = this.#uploads.get(to)
    if (replaced) {
      this.#assertIdle(replaced)
      await this.#drop(replaced)
    }
    this.#uploads.delete(from)
    upload.name = to
    this.#uploads.set(to, upload)
    return upload
  }

  /** Removes a file; one being written is cut off and its bytes deleted. */
  async remove(name: string): Promise<void> {
    const upload = this.#uploads.get(name)
    if (!upload) throw Refusals.noSuchFile(`/upload/${name}`)
    if (upload.state === "importing") throw Refusals.beingWritten(name)

    await this.#drop(upload)
  }

  /** Marks a file imported and deletes its bytes; it stays listed until disconnection. */
  async release(upload: Upload): Promise<void> {
    upload.state = "imported"
    await rm(upload.scratchPath, { force: true })
  }

  /**
   * Removes a file whose upload was interrupted or could not be imported; returns
   * false when it was already gone.
   */
  async abandon(upload: Upload): Promise<boolean> {
    if (this.#uploads.get(upload.name) !== upload) return false

    await this.#drop(upload)
    return true
  }

  /** Removes every file and the scratch directory; the connection is gone. */
  async discard(): Promise<void> {
    this.#discarded = true
    const files = [...this.#openFiles.values()]
    this.#openFiles.clear()
    this.#uploads.clear()
    await Promise.allSettled(files.map((open) => open.file.close()))

    const directory = await this.#scratch?.catch(() => undefined)
    if (directory) await rm(directory, { recursive: true, force: true })
  }

  /** Files still open for writing. */
  openUploads(): Upload[] {
    return [...this.#openFiles.keys()]
  }

  #assertIdle(upload: Upload) {
    if (upload.state === "writing" || upload.state === "importing") {
      throw Refusals.beingWritten(upload.name)
    }
  }

  #openFileOf(upload: Upload): OpenFile {
    const open = this.#openFiles.get(upload)
    if (!open) throw Refusals.invalidHandle()
    return open
  }

  async #writeAt(open: OpenFile, offset: number, data: Buffer): Promise<void> {
    try {
      await open.file.write(data, 0, data.length, offset)
    } catch (error) {
      open.failure ??= error instanceof Error ? error : new Error(String(error))
      throw open.failure
    }
  }

  async #drop(upload: Upload) {
    const open = this.#openFiles.get(upload)
    this.#openFiles.delete(upload)
    this.#uploads.delete(upload.name)
    await open?.file.close().catch(() => undefined)
    await rm(upload.scratchPath, { force: true })
  }

  #scratchDirectory(): Promise<string> {
    this.#scratch ??= mkdtemp(join(this.#settings.scratchRoot, "homeroom-sftp-"))
    return this.#scratch
  }
}
