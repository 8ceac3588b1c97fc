import yazl from "yazl"

/** Zips files given by name and text, as an administrator's bundle would arrive. */
export async function zipBundle(files: Record<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const [name, text] of Object.entries(files)) {
    zip.addBuffer(Buffer.from(text), name)
  }
  zip.end()

  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** A small, well-formed OneRoster 1.1 bundle. */
export function sampleBundle(): Promise<Buffer> {
  return zipBundle({
    "manifest.csv": "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n",
    "orgs.csv":
      "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n" +
      "org-1,,,Maple Valley Unified,district,MVU,\n",
  })
}
