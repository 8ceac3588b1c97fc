/**
 * Endings SFTP clients and SIS exports give a file while it is still being written,
 * before renaming it to its real name: WinSCP's `.filepart`, rclone's `.partial`, and
 * the usual `.part`, `.tmp` and `.temp`.
 */
const TemporaryEndings = [".filepart", ".partial", ".part", ".tmp", ".temp"]

/**
 * Whether a name marks a file that is not finished yet. Such a file is held, not
 * imported, when it is closed, and becomes an import only when renamed to a name that
 * is not temporary. Hidden names (`.roster.zip`) count as temporary too, as rsync and
 * several scripts write to them first.
 */
export function isTemporaryName(name: string): boolean {
  const lower = name.toLowerCase()
  return (
    lower.startsWith(".") || TemporaryEndings.some((ending) => lower.endsWith(ending))
  )
}
