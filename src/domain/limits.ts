/**
 * What one content file may hold. Anyone with commit rights could otherwise
 * make the build read, render or publish without bound; the editor guide
 * (docs/bien-tap.md) states the same numbers, and the check names them.
 * Each is chosen from the largest real documents, with wide headroom.
 */
export const LIMITS = {
  /**
   * One MDX entry. The longest real directive (shared/seeds) is 17 KB; a
   * decision listing a thousand honoured people is about 300 KB.
   */
  entryFileBytes: 2 * 1024 * 1024,
  /** agencies.yaml: a province with every former district and commune is about 200 KB. */
  agenciesFileBytes: 1024 * 1024,
  /** One attachment or photo. Scanned signed PDFs of real directives are 0.2–8 MB. */
  attachmentBytes: 50 * 1024 * 1024,
  /** One text field (title, name, recipient…). The longest real title is 345 characters. */
  textCharacters: 1000,
  /** Figures in frontmatter: counts and amounts of money stay far below this, and below 2^53. */
  largestFigure: 1e15,
  /** The smallest non-zero figure: a near-zero target would make the percent infinite. */
  smallestFigure: 1e-6,
} as const;
