/** Flags kept for each line of classes.csv. */
const expectsTeacher = 1
const hasTeacher = 2

const initialLines = 1 << 12

/**
 * What the enrollments say about each class, by the line its row starts on in
 * classes.csv: whether the class awaits a teacher (accepted and active), whether a
 * teacher enrollment was accepted for it, and the line of its primary teacher's
 * enrollment. Typed arrays over line numbers hold five bytes a line (under 1 MiB for
 * 128,000 classes), where sets of ids would grow with the ids' length.
 */
export class ClassTeaching {
  private flags = new Uint8Array(initialLines)
  private primaryLines = new Uint32Array(initialLines)

  /** Notes an accepted, active class, which should get a teacher. */
  expectTeacher(classLine: number): void {
    this.reserve(classLine)
    this.flags[classLine] = (this.flags[classLine] ?? 0) | expectsTeacher
  }

  /** Notes an accepted teacher enrollment of the class. */
  noteTeacher(classLine: number): void {
    this.reserve(classLine)
    this.flags[classLine] = (this.flags[classLine] ?? 0) | hasTeacher
  }

  /**
   * Claims the class's primary teacher for the enrollment on `enrollmentLine`; returns
   * the line of the enrollment holding it, which is `enrollmentLine` for the first.
   */
  claimPrimary(classLine: number, enrollmentLine: number): number {
    this.reserve(classLine)
    const holder = this.primaryLines[classLine] ?? 0
    if (holder !== 0) return holder

    this.primaryLines[classLine] = enrollmentLine
    return enrollmentLine
  }

  /** The lines of classes that await a teacher and got none, in ascending order. */
  untaughtLines(): number[] {
    const lines: number[] = []

    this.flags.forEach((flags, line) => {
      if (flags === expectsTeacher) lines.push(line)
    })
    return lines
  }

  private reserve(line: number): void {
    if (line < this.flags.length) return

    let size = this.flags.length
    while (size <= line) size *= 2
    this.flags = grown(this.flags, new Uint8Array(size))
    this.primaryLines = grown(this.primaryLines, new Uint32Array(size))
  }
}

function grown<T extends Uint8Array | Uint32Array>(old: T, larger: T): T {
  larger.set(old)
  return larger
}
