import { chanceOf, Purposes, pickOf } from "./hash.js"

// Accents, apostrophes, hyphens, spaces, a comma and a quote appear on purpose: they
// exercise UTF-8, RFC 4180 quoting and name sorting in whatever reads the bundle.
const GivenNames = [
  "Olivia",
  "Liam",
  "Emma",
  "Noah",
  "Amelia",
  "Oliver",
  "Sophia",
  "Elijah",
  "Isabella",
  "Mateo",
  "Mia",
  "Lucas",
  "Charlotte",
  "Levi",
  "Ava",
  "Ezra",
  "Harper",
  "James",
  "Evelyn",
  "Santiago",
  "Luna",
  "Mason",
  "Aaliyah",
  "Ethan",
  "Zoë",
  "José",
  "Chloé",
  "Seán",
  "Mary Kate",
  "Ana-Sofía",
  "Wei",
  "Priya",
  "Aarav",
  "Fatima",
  "Mohammed",
  "Yuki",
  "Kwame",
  "Amara",
  "Nikolai",
  "Ingrid",
  "Jesús",
  "Siobhán",
  "Darnell",
  "Keisha",
  "Hiroshi",
  "Mei",
  "Dmitri",
  "Leilani",
  "Thandiwe",
  "Björn",
  "Renée",
  "Maya",
  "Gabriel",
  "Camila",
  "Daniel",
  "Grace",
  "Samuel",
  "Nora",
  "Henry",
  "Aria",
] as const

const FamilyNames = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "García",
  "Miller",
  "Davis",
  "Rodríguez",
  "Martínez",
  "Hernández",
  "Lopez",
  "Gonzalez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Jackson",
  "Martin",
  "Lee",
  "Pérez",
  "Thompson",
  "White",
  "Harris",
  "Sánchez",
  "Clark",
  "Ramirez",
  "Lewis",
  "Robinson",
  "Walker",
  "Young",
  "Allen",
  "King",
  "Wright",
  "Scott",
  "Torres",
  "Nguyễn",
  "Hill",
  "Flores",
  "Green",
  "Adams",
  "Nelson",
  "Baker",
  "Hall",
  "Rivera",
  "Campbell",
  "Mitchell",
  "Carter",
  "Roberts",
  "O'Brien",
  "O'Connor",
  "D'Angelo",
  "Müller",
  "Smith-Jones",
  "de la Cruz",
  "Van Buren",
  "MacDonald",
  "Kowalski",
  "Okafor",
  "Patel",
  "Kim",
  "Chen",
  "Wang",
  "Yamamoto",
  "Ivanova",
  "Haddad",
  "Abernathy",
  "King, Jr.",
  "Ellis, III",
] as const

const MiddleNames = [
  "Marie",
  "James",
  "Lee",
  "Ann",
  "Michael",
  "Rose",
  "Alexander",
  "Grace",
  "Elizabeth",
  "Jo",
  "Anne Marie",
  "José Luis",
  'Mae "Tess"',
  "Kai",
] as const

/** Share of people drawn without a middle name. */
const NoMiddleNameShare = 0.4

/** Whose name is drawn; each kind draws from its own hashes. */
export const PersonKinds = {
  student: 1,
  teacher: 2,
  administrator: 3,
  guardian: 4,
} as const

/** A kind of person in the district. */
export type PersonKind = (typeof PersonKinds)[keyof typeof PersonKinds]

/** A person's names as users.csv carries them. */
export interface PersonName {
  readonly givenName: string
  readonly familyName: string
  /** Empty when the person has none. */
  readonly middleName: string
}

/** Draws the names of one person, identified by kind, school, number and member. */
export function drawPersonName(
  seed: number,
  kind: PersonKind,
  school: number,
  number: number,
  member = 0,
): PersonName {
  const key = number * 4 + member

  return {
    givenName: pickFrom(GivenNames, seed, Purposes.givenName, kind, school, key),
    familyName: pickFrom(FamilyNames, seed, Purposes.familyName, kind, school, key),
    middleName: drawMiddleName(seed, kind, school, key),
  }
}

function drawMiddleName(seed: number, kind: number, school: number, key: number): string {
  if (chanceOf(seed, Purposes.middleName, kind, school, key, 1) < NoMiddleNameShare)
    return ""

  return pickFrom(MiddleNames, seed, Purposes.middleName, kind, school, key)
}

function pickFrom<T>(
  list: readonly T[],
  seed: number,
  purpose: (typeof Purposes)["givenName" | "familyName" | "middleName"],
  kind: number,
  school: number,
  key: number,
): T {
  return list[pickOf(list.length, seed, purpose, kind, school, key)] as T
}

/** Initial and family name, as in `jsmith`: the stem of student and teacher logins. */
export function initialLoginOf(name: PersonName): string {
  return `${loginOf(name.givenName).slice(0, 1)}${loginOf(name.familyName)}`
}

/** Given and family name, as in `john.smith`: the stem of email addresses. */
export function fullLoginOf(name: PersonName): string {
  return `${loginOf(name.givenName)}.${loginOf(name.familyName)}`
}

const loginCache = new Map<string, string>()

/** A name as plain lowercase ASCII letters, for usernames and email addresses. */
export function loginOf(name: string): string {
  const cached = loginCache.get(name)
  if (cached !== undefined) return cached

  const login = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "")
  loginCache.set(name, login)

  return login
}
