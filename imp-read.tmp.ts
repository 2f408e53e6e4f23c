import { readInput } from './src/editor/importer/read.ts';
const r = await readInput(process.argv[2]!);
process.stdout.write(r.text);
