import type { GradeCode, UserRole } from "@homeroom/contracts"
import type { PersonName } from "./names.js"

/** One row of users.csv before it is written: a student, guardian or staff member. */
export interface Person {
  readonly sourcedId: string
  readonly role: UserRole
  readonly enabled: boolean
  readonly orgSourcedIds: readonly string[]
  readonly username: string
  /** `{type:id}` items. */
  readonly userIds: readonly string[]
  readonly name: PersonName
  /** Empty when the person has none. */
  readonly identifier: string
  readonly email: string
  /** Empty when the person has none. */
  readonly phone: string
  readonly agentSourcedIds: readonly string[]
  readonly grades: readonly GradeCode[]
}
