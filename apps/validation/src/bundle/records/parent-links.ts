/**
 * The parent named by each row of orgs.csv or academicSessions.csv that had to wait for
 * a row further down. Every row on a loop of parents waits (the loop's first row names
 * a row below it, and each later one names a waiting row), so these links are enough
 * to find every loop, and they stay as few as the rows that wait.
 */
export class ParentLinks {
  private readonly parents = new Map<string, string>()
  private readonly cycles = new Map<string, readonly string[]>()

  /** Notes that a waiting row names `parent` as its parent. */
  link(sourcedId: string, parent: string): void {
    this.parents.set(sourcedId, parent)
  }

  /** Finds every loop of parents and returns the sourcedIds on them. */
  closeCycles(): string[] {
    const visited = new Set<string>()

    for (const start of this.parents.keys()) {
      if (!visited.has(start)) this.walk(start, visited)
    }

    return [...this.cycles.keys()]
  }

  /** Whether the row is on a loop; false until `closeCycles` ran. */
  isOnCycle(sourcedId: string): boolean {
    return this.cycles.has(sourcedId)
  }

  /** The loop through a row, starting with the row itself; undefined when none. */
  cycleFrom(sourcedId: string): readonly string[] | undefined {
    return this.cycles.get(sourcedId)
  }

  /** Follows parents from `start` until a row seen before or a row that did not wait. */
  private walk(start: string, visited: Set<string>): void {
    const path: string[] = []
    const positions = new Map<string, number>()

    for (let current = start; ; ) {
      positions.set(current, path.length)
      path.push(current)
      visited.add(current)

      const parent = this.parents.get(current)
      if (parent === undefined) return
      const position = positions.get(parent)
      if (position !== undefined) this.keepCycle(path.slice(position))
      if (position !== undefined || visited.has(parent)) return
      current = parent
    }
  }

  private keepCycle(cycle: readonly string[]): void {
    cycle.forEach((sourcedId, position) => {
      this.cycles.set(sourcedId, [...cycle.slice(position), ...cycle.slice(0, position)])
    })
  }
}
