/** The addresses in the REST API that an import's emails point to. */
export interface ImportLinks {
  /** The import: its status, counts and thresholds reached. */
  readonly importUrl: string
  /** The changes it makes, or would make; filterable by kind, change and school. */
  readonly changesUrl: string
  /** The problems validation found. */
  readonly problemsUrl: string
  /** Where an administrator posts a decision on the paused import. */
  readonly decisionUrl: string
}

/** The addresses of an import in the REST API; the base may carry a path prefix. */
export function importLinks(publicBaseUrl: string, importId: string): ImportLinks {
  const base = publicBaseUrl.replace(/\/+$/, "")
  const importUrl = `${base}/v1/imports/${encodeURIComponent(importId)}`
  return {
    importUrl,
    changesUrl: `${importUrl}/changes`,
    problemsUrl: `${importUrl}/problems`,
    decisionUrl: `${importUrl}/decision`,
  }
}
