/** The named district sizes. */
export const DistrictSizes = ["tiny", "small", "medium", "large"] as const

/** A named district size. */
export type DistrictSize = (typeof DistrictSizes)[number]

/** How the student body moves from one day's export to the next, as shares of 0..1. */
export interface ChurnRates {
  /** Share of a day's students absent from the next day's export. */
  readonly leaveRate: number
  /** New students a day, as a share of each school's first-day enrolment. */
  readonly arrivalRate: number
  /** Share of the students who stay whose grade, email or username changes. */
  readonly updateRate: number
}

/** The shape of a district: every number the generator draws from. */
export interface DistrictShape {
  /** Schools under the one district. */
  readonly schools: number
  /** Students at each school on the first day. */
  readonly studentsPerSchool: number
  /** Teachers at each school, each the primary teacher of `classesPerTeacher` classes. */
  readonly teachersPerSchool: number
  /** Classes each teacher leads as primary teacher. */
  readonly classesPerTeacher: number
  /** Administrators at each school. */
  readonly administratorsPerSchool: number
  /** Administrators who belong to the district org itself. */
  readonly districtAdministrators: number
  /** Periods in a school day; a student takes at most one class a period. */
  readonly periodsPerDay: number
  /** Fewest classes a student takes (fewer only when a school has too few classes). */
  readonly minClassesPerStudent: number
  /** Most classes a student takes; at most `periodsPerDay`. */
  readonly maxClassesPerStudent: number
  /** Share of students listed with one or two guardians. */
  readonly guardianShare: number
  /** Share of classes taught by two or three teachers. */
  readonly coTeachingShare: number
  /** Day-to-day movement of students. */
  readonly churn: ChurnRates
}

/** What to generate. Every field is optional; a named `size` supplies the shape. */
export interface DistrictOptions extends Partial<Omit<DistrictShape, "churn">> {
  /** The preset the shape starts from; explicit numbers override it. Default `tiny`. */
  readonly size?: DistrictSize
  /** Seed of every pseudo-random choice. Same options, same bytes. Default `1`. */
  readonly seed?: number | string
  /** Which day's export: 0 is the first, day d+1 is derived from day d. Default `0`. */
  readonly day?: number
  /** The calendar year in which the school year ends. Default `2027`. */
  readonly schoolYear?: number
  /** Fill users.csv's `password` column, so tests can check it is never stored. */
  readonly passwords?: boolean
  /** Churn rates; missing rates keep the preset's. */
  readonly churn?: Partial<ChurnRates>
}

const everydayChurn: ChurnRates = { leaveRate: 0.05, arrivalRate: 0.05, updateRate: 0.05 }

/** The shape behind each named size. */
export const DistrictShapes: Readonly<Record<DistrictSize, DistrictShape>> = {
  tiny: {
    schools: 2,
    studentsPerSchool: 5,
    teachersPerSchool: 3,
    classesPerTeacher: 2,
    administratorsPerSchool: 1,
    districtAdministrators: 1,
    periodsPerDay: 3,
    minClassesPerStudent: 2,
    maxClassesPerStudent: 3,
    guardianShare: 0.5,
    coTeachingShare: 0.5,
    churn: everydayChurn,
  },
  small: {
    schools: 4,
    studentsPerSchool: 180,
    teachersPerSchool: 12,
    classesPerTeacher: 6,
    administratorsPerSchool: 2,
    districtAdministrators: 2,
    periodsPerDay: 8,
    minClassesPerStudent: 6,
    maxClassesPerStudent: 8,
    guardianShare: 0.25,
    coTeachingShare: 0.1,
    churn: everydayChurn,
  },
  medium: {
    schools: 16,
    studentsPerSchool: 2300,
    teachersPerSchool: 90,
    classesPerTeacher: 7,
    administratorsPerSchool: 2,
    districtAdministrators: 2,
    periodsPerDay: 8,
    minClassesPerStudent: 6,
    maxClassesPerStudent: 8,
    guardianShare: 0.2,
    coTeachingShare: 0.1,
    churn: everydayChurn,
  },
  large: {
    schools: 100,
    studentsPerSchool: 4700,
    teachersPerSchool: 183,
    classesPerTeacher: 7,
    administratorsPerSchool: 2,
    districtAdministrators: 2,
    periodsPerDay: 8,
    minClassesPerStudent: 6,
    maxClassesPerStudent: 8,
    guardianShare: 0.03,
    coTeachingShare: 0.1,
    churn: everydayChurn,
  },
}
