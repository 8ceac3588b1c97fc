/**
 * How every sourcedId is formed. Indices count from 0; the identifiers count from 1, as
 * a person reading a bundle would. A sourcedId depends only on indices, never on the
 * day, so a record keeps its sourcedId from one day's export to the next.
 */
export const SourcedIds = {
  district: () => "dst-1",
  school: (school: number) => `sch-${school + 1}`,
  districtAdministrator: (index: number) => `adm-dst-${index + 1}`,
  schoolAdministrator: (school: number, index: number) =>
    `adm-${school + 1}-${index + 1}`,
  teacher: (school: number, teacher: number) => `tch-${school + 1}-${teacher + 1}`,
  student: (school: number, student: number) => `stu-${school + 1}-${student + 1}`,
  guardian: (school: number, student: number, member: number) =>
    `grd-${school + 1}-${student + 1}-${member + 1}`,
  class: (school: number, index: number) => `cls-${school + 1}-${index + 1}`,
  course: (subjectCode: string, grade: string) =>
    `crs-${subjectCode.toLowerCase()}-${grade}`,
  studentEnrollment: (school: number, student: number, period: number) =>
    `enr-${school + 1}-${student + 1}-${period + 1}`,
  teacherEnrollment: (school: number, index: number, teacher: number) =>
    `tenr-${school + 1}-${index + 1}-${teacher + 1}`,
} as const

/** The school and class indices a class sourcedId stands for, if it is one. */
export function parseClassSourcedId(sourcedId: string) {
  const match = /^cls-([1-9][0-9]*)-([1-9][0-9]*)$/.exec(sourcedId)
  if (match === null) return undefined

  return { school: Number(match[1]) - 1, index: Number(match[2]) - 1 }
}
