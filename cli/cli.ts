/**
 * Shared command-line handling of the project's scripts: parse flags (and
 * the words after them) with node:util, print the usage on --help, and hand
 * bad arguments to the script's own `fail`.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export function commandLine<const O extends ParseArgsOptionsConfig>(usage: string, options: O, fail: (message: string) => never) {
  return commandLineWords(usage, options, fail).values;
}

/** The same, for commands that also take words (a file, a kind and a title). */
export function commandLineWords<const O extends ParseArgsOptionsConfig>(usage: string, options: O, fail: (message: string) => never) {
  const config = {
    options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
    allowPositionals: true,
  } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return fail((error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
