import type { GradeCode } from "@homeroom/contracts"

/** A subject taught at a school level. */
export interface Subject {
  /** Short code, used in course sourcedIds and class codes. */
  readonly code: string
  /** The subject for classes.csv `subjects`: a list item, so never with a comma. */
  readonly name: string
  /** How class titles name it; a few hold a comma to exercise quoting. */
  readonly title: string
}

/** Elementary, middle or high school: the grades taught and the subjects on offer. */
export interface SchoolLevel {
  readonly name: string
  readonly grades: readonly GradeCode[]
  /** The first subject is the homeroom or advisory that fills the first period. */
  readonly subjects: readonly Subject[]
}

function subject(code: string, name: string, title = name): Subject {
  return { code, name, title }
}

/** The levels schools cycle through, in order of the schools' numbers. */
export const SchoolLevels: readonly SchoolLevel[] = [
  {
    name: "Elementary",
    grades: ["KG", "01", "02", "03", "04", "05"],
    subjects: [
      subject("HR", "Homeroom"),
      subject("ELA", "English Language Arts", "Reading, Writing and Spelling"),
      subject("MATH", "Mathematics"),
      subject("SCI", "Science"),
      subject("SOC", "Social Studies"),
      subject("ART", "Art"),
      subject("MUS", "Music"),
      subject("PE", "Physical Education"),
    ],
  },
  {
    name: "Middle",
    grades: ["06", "07", "08"],
    subjects: [
      subject("ADV", "Advisory"),
      subject("ENG", "English"),
      subject("MATH", "Mathematics"),
      subject("SCI", "Science"),
      subject("HIST", "History", "History, Geography and Civics"),
      subject("SPAN", "Spanish"),
      subject("BAND", "Band"),
      subject("PE", "Physical Education"),
    ],
  },
  {
    name: "High",
    grades: ["09", "10", "11", "12"],
    subjects: [
      subject("ADV", "Advisory"),
      subject("ENG", "English"),
      subject("ALG", "Algebra"),
      subject("BIO", "Biology"),
      subject("CHEM", "Chemistry"),
      subject("PHYS", "Physics"),
      subject("HIST", "World History"),
      subject("SPAN", "Spanish"),
      subject("FREN", "French"),
      subject("CS", "Computer Science"),
      subject("ECON", "Economics"),
      subject("ART", "Studio Art", "Drawing, Painting and Design"),
    ],
  },
]

/** How a grade is named in class titles. */
export function gradeLabelOf(grade: GradeCode): string {
  return grade === "KG" ? "Kindergarten" : `Grade ${Number(grade)}`
}
