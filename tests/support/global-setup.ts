/** One id per `vitest run`, inherited by every worker, so each site builds once per run. */
export default function setup() {
  process.env.ARCHIVE_TEST_RUN ??= `${Date.now()}-${process.pid}`;
}
