import ssh2 from "ssh2"

const { STATUS_CODE } = ssh2.utils.sftp

/**
 * A request the drop folder turns down, carrying the SFTP status and message the
 * client receives. Anything else thrown while answering is a fault of the server.
 */
export class SftpRefusal extends Error {
  override readonly name = "SftpRefusal"
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

/** The refusals the drop folder answers with. */
export const Refusals = {
  noSuchFile: (path: string) =>
    new SftpRefusal(STATUS_CODE.NO_SUCH_FILE, `No such file or folder: ${path}`),
  outsideFolder: (path: string) =>
    new SftpRefusal(
      STATUS_CODE.PERMISSION_DENIED,
      `Only files directly in /upload can be written; ${path} is elsewhere.`,
    ),
  uploadOnly: () =>
    new SftpRefusal(
      STATUS_CODE.PERMISSION_DENIED,
      "Files here can only be uploaded, not read back.",
    ),
  notAllowed: (operation: string) =>
    new SftpRefusal(
      STATUS_CODE.PERMISSION_DENIED,
      `${operation} is not allowed; this folder only takes uploads.`,
    ),
  appendUnsupported: () =>
    new SftpRefusal(
      STATUS_CODE.OP_UNSUPPORTED,
      "Appending to a file is not supported; upload the whole file again.",
    ),
  notADirectory: (path: string) =>
    new SftpRefusal(STATUS_CODE.FAILURE, `${path} is a file, not a folder.`),
  isADirectory: (path: string) =>
    new SftpRefusal(STATUS_CODE.FAILURE, `${path} is a folder, not a file.`),
  alreadyExists: (name: string) =>
    new SftpRefusal(STATUS_CODE.FAILURE, `The file ${name} already exists.`),
  beingWritten: (name: string) =>
    new SftpRefusal(STATUS_CODE.FAILURE, `The file ${name} is still being written.`),
  tooManyFiles: (limit: number) =>
    new SftpRefusal(
      STATUS_CODE.FAILURE,
      `At most ${limit} files may be open or waiting in one connection.`,
    ),
  tooLarge: (maxBytes: number) =>
    new SftpRefusal(
      STATUS_CODE.FAILURE,
      `The file is larger than the ${maxBytes} bytes this service accepts.`,
    ),
  invalidHandle: () => new SftpRefusal(STATUS_CODE.FAILURE, "The handle is not open."),
  notImported: (reason: string) => new SftpRefusal(STATUS_CODE.FAILURE, reason),
} as const
