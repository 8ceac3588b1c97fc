import { setTimeout as delay } from "node:timers/promises"
import { findSftpLogin, type SftpLogin } from "@homeroom/records"
import type { Database, Logger } from "@homeroom/service-kit"
import type { AuthContext, PasswordAuthContext, PublicKeyAuthContext } from "ssh2"
import type { LoginThrottle } from "./login-throttle.js"
import { verifyPassword } from "./password-hash.js"
import { findOfferedKey } from "./public-keys.js"

/** What checking an SFTP sign-in needs. */
export interface SignInDependencies {
  readonly database: Database
  readonly throttle: LoginThrottle
  readonly logger: Logger
}

/** The district an SFTP connection signed in as. */
export interface SftpPrincipal {
  readonly districtId: string
  readonly username: string
}

/** One sign-in attempt: what the client sent, and from where. */
interface Attempt<Context extends AuthContext> {
  readonly context: Context
  readonly address: string
  /** The throttle's keys for this attempt: its address and its username. */
  readonly keys: readonly string[]
  /** The username as logged: cut short, since a client may send anything. */
  readonly username: string
}

const OfferedMethods: Array<"password" | "publickey"> = ["password", "publickey"]

/**
 * Answers one authentication request of a connection: accepts or rejects it through
 * `context`, and resolves the district when the connection is signed in. Passwords and
 * key signatures are the only ways in; failures are slowed down and locked out by the
 * throttle, and never log the password.
 */
export async function signIn(
  dependencies: SignInDependencies,
  context: AuthContext,
  address: string,
): Promise<SftpPrincipal | null> {
  if (context.method === "password") {
    return signInWithPassword(dependencies, attemptOf(context, address))
  }
  if (context.method === "publickey") {
    return signInWithKey(dependencies, attemptOf(context, address))
  }

  context.reject(OfferedMethods)
  return null
}

function attemptOf<Context extends AuthContext>(
  context: Context,
  address: string,
): Attempt<Context> {
  const username = context.username.slice(0, 64)
  return { context, address, username, keys: [`address ${address}`, `user ${username}`] }
}

async function signInWithPassword(
  dependencies: SignInDependencies,
  attempt: Attempt<PasswordAuthContext>,
): Promise<SftpPrincipal | null> {
  if (!(await waitForTurn(dependencies, attempt))) return null

  const login = await findSftpLogin(dependencies.database, attempt.context.username)
  const hash = login?.passwordHash ?? null
  const matches = await verifyPassword(attempt.context.password, hash)
  return settle(dependencies, attempt, matches ? login : null)
}

/**
 * Clients first ask whether a key would do, without a signature, and sign only when
 * told yes; that question is answered at once and never counts as a failure.
 */
async function signInWithKey(
  dependencies: SignInDependencies,
  attempt: Attempt<PublicKeyAuthContext>,
): Promise<SftpPrincipal | null> {
  const { context } = attempt
  const login = await findSftpLogin(dependencies.database, context.username)
  const key = login ? findOfferedKey(login.publicKeys, context.key.data) : null

  if (!context.signature || !context.blob) {
    const usable = key && !dependencies.throttle.assess(attempt.keys).locked
    if (usable) context.accept()
    else context.reject(OfferedMethods)
    return null
  }

  if (!(await waitForTurn(dependencies, attempt))) return null
  const verified = key?.verify(context.blob, context.signature, context.hashAlgo) === true
  return settle(dependencies, attempt, verified ? login : null)
}

/**
 * Waits as long as the throttle says before an attempt is checked, or refuses it at
 * once when its address or username is locked out.
 */
async function waitForTurn(
  dependencies: SignInDependencies,
  attempt: Attempt<AuthContext>,
): Promise<boolean> {
  const verdict = dependencies.throttle.assess(attempt.keys)
  if (verdict.locked) {
    dependencies.logger.info(fieldsOf(attempt), "sftp sign-in refused while locked out")
    attempt.context.reject(OfferedMethods)
    return false
  }

  if (verdict.delayMs > 0) await delay(verdict.delayMs)
  return true
}

function settle(
  dependencies: SignInDependencies,
  attempt: Attempt<AuthContext>,
  login: SftpLogin | null,
): SftpPrincipal | null {
  if (!login) {
    refuse(dependencies, attempt)
    return null
  }

  const principal = { districtId: login.districtId, username: login.username }
  dependencies.logger.info({ ...fieldsOf(attempt), ...principal }, "sftp signed in")
  attempt.context.accept()
  return principal
}

function refuse(dependencies: SignInDependencies, attempt: Attempt<AuthContext>) {
  const lockedKeys = dependencies.throttle.recordFailure(attempt.keys)
  dependencies.logger.info(fieldsOf(attempt), "sftp sign-in refused")
  if (lockedKeys.length > 0) {
    dependencies.logger.warn(
      { ...fieldsOf(attempt), lockedKeys },
      "sftp sign-in locked out",
    )
  }
  attempt.context.reject(OfferedMethods)
}

function fieldsOf(attempt: Attempt<AuthContext>) {
  return {
    address: attempt.address,
    username: attempt.username,
    method: attempt.context.method,
  }
}
