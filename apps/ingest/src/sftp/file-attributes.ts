import { constants } from "node:fs"
import type { Attributes } from "ssh2"

const FolderPermissions = 0o750
const FilePermissions = 0o640

/** Stat results of a folder: the directory type bit, or clients treat it as a file. */
export function folderAttributes(modifiedAt: Date): Attributes {
  return attributes(constants.S_IFDIR | FolderPermissions, 0, modifiedAt)
}

/** Stat results of an uploaded file. */
export function fileAttributes(sizeBytes: number, modifiedAt: Date): Attributes {
  return attributes(constants.S_IFREG | FilePermissions, sizeBytes, modifiedAt)
}

function attributes(mode: number, size: number, modifiedAt: Date): Attributes {
  const seconds = Math.floor(modifiedAt.getTime() / 1000)
  return { mode, uid: 0, gid: 0, size, atime: seconds, mtime: seconds }
}

const Months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ")

/** The `ls -l` line a listing carries for each entry, which `ls -l` in clients prints. */
export function longName(name: string, attributes: Attributes): string {
  const when = new Date(attributes.mtime * 1000)
  const day = `${Months[when.getUTCMonth()]} ${String(when.getUTCDate()).padStart(2)}`
  const time = `${pad(when.getUTCHours())}:${pad(when.getUTCMinutes())}`
  const size = String(attributes.size).padStart(12)
  const owner = "   1 sftp     sftp    "
  return [permissionText(attributes.mode), owner, size, day, time, name].join(" ")
}

function pad(value: number): string {
  return String(value).padStart(2, "0")
}

function permissionText(mode: number): string {
  const type = (mode & constants.S_IFMT) === constants.S_IFDIR ? "d" : "-"
  const bits = "rwxrwxrwx"
    .split("")
    .map((letter, index) => (mode & (0o400 >> index) ? letter : "-"))
  return type + bits.join("")
}
