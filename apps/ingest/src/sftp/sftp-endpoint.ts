import type { SftpAccount } from "@homeroom/records"
import { UploadFolder } from "./virtual-path.js"

/** Where districts are told to connect, and the host key fingerprint they will see. */
export interface SftpEndpoint {
  readonly host: string
  readonly port: number
  readonly hostKeyFingerprint: string
}

/** A district's SFTP settings as an administrator copies them into the SIS. */
export interface SftpCredentialsView {
  readonly username: string
  readonly host: string
  readonly port: number
  readonly folder: typeof UploadFolder
  readonly hostKeyFingerprint: string
  /** ISO 8601; null while no password has been issued. */
  readonly passwordSetAt: string | null
  readonly publicKeys: string[]
}

/** The credentials view of an account: everything but a password. */
export function credentialsView(
  account: SftpAccount,
  endpoint: SftpEndpoint,
): SftpCredentialsView {
  return {
    username: account.username,
    host: endpoint.host,
    port: endpoint.port,
    folder: UploadFolder,
    hostKeyFingerprint: endpoint.hostKeyFingerprint,
    passwordSetAt: account.passwordSetAt?.toISOString() ?? null,
    publicKeys: [...account.publicKeys],
  }
}

/** A newly issued password with the settings it goes with, shown this once. */
export interface RotatedPasswordView {
  readonly username: string
  readonly password: string
  readonly host: string
  readonly port: number
  readonly folder: typeof UploadFolder
  readonly hostKeyFingerprint: string
}

/** The answer to a rotation. */
export function rotatedPasswordView(
  account: SftpAccount,
  endpoint: SftpEndpoint,
  password: string,
): RotatedPasswordView {
  return {
    username: account.username,
    password,
    host: endpoint.host,
    port: endpoint.port,
    folder: UploadFolder,
    hostKeyFingerprint: endpoint.hostKeyFingerprint,
  }
}
