import type { BundleFiles } from "./zip-bundle.js"

/** Joins lines into a file with a final newline. */
export function csv(...lines: string[]): string {
  return `${lines.join("\n")}\n`
}

export const Headers = {
  academicSessions:
    "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear",
  orgs: "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId",
  users:
    "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds," +
    "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password",
  classes:
    "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType," +
    "location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods",
  enrollments:
    "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role," +
    "primary,beginDate,endDate",
  courses:
    "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades," +
    "orgSourcedId,subjects,subjectCodes",
} as const

/** Rows of a small, valid district, by file; tests replace or add rows. */
export const TinyRows = {
  "academicSessions.csv": [
    "y2025,,,2024-2025,schoolYear,2024-08-01,2025-06-30,,2025",
    "t1,,,Fall,term,2024-08-01,2024-12-20,y2025,2025",
  ],
  "orgs.csv": ["d1,,,Lakeside District,district,,", "s1,,,Lakeside High,school,LHS,d1"],
  "users.csv": [
    "u1,,,true,s1,teacher,jsmith,{LDAP:jsmith},Jane,Smith,,T1,jsmith@lakeside.example,,,,,secret",
    "u2,,,true,s1,student,bjones,,Ben,Jones,,S1,,,,p1,09,",
    "p1,,,true,s1,parent,pjones,,Pat,Jones,,,,,,,,",
  ],
  "classes.csv": [
    'c1,,,"Algebra I, Section 1",09,course-1,ALG1,scheduled,Room 12,s1,t1,Math,,"1, 3"',
  ],
  "enrollments.csv": [
    "e1,,,c1,s1,u1,teacher,true,,",
    "e2,,,c1,s1,u2,student,false,2024-08-01,2024-12-20",
  ],
}

/** A file of the small district. */
export type TinyFile = keyof typeof TinyRows

/** Changes to the small district: replaced rows, added rows, other files. */
export interface TinyChanges {
  readonly rows?: Partial<Record<TinyFile, string[]>>
  readonly extraRows?: Partial<Record<TinyFile, string[]>>
  readonly files?: BundleFiles
}

const HeaderOfFile: Record<TinyFile, string> = {
  "academicSessions.csv": Headers.academicSessions,
  "orgs.csv": Headers.orgs,
  "users.csv": Headers.users,
  "classes.csv": Headers.classes,
  "enrollments.csv": Headers.enrollments,
}

/**
 * The small district's five files, with some files' rows replaced or extended:
 * `rows` replaces a file's data rows, `extraRows` appends to them.
 */
export function tinyBundle(changes: TinyChanges = {}): BundleFiles {
  const files: BundleFiles = {}

  for (const file of Object.keys(TinyRows) as TinyFile[]) {
    const rows = [
      ...(changes.rows?.[file] ?? TinyRows[file]),
      ...(changes.extraRows?.[file] ?? []),
    ]
    files[file] = csv(HeaderOfFile[file], ...rows)
  }

  return { ...files, ...changes.files }
}
