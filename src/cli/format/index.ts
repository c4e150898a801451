/** Output formatting of claims, shared by the verbs that print them (extract, claims, …). */
export { formatCount, formatFigure, formatSourceChain } from './figure.ts';
export { claimCsvRow, CSV_COLUMNS, csvField, csvRecord } from './csv.ts';
export type { CsvValue } from './csv.ts';
export { alignRows, claimCells, documentHeading, extractionTable } from './table.ts';
export { createExtractionWriter, defaultOutputFormat, OUTPUT_FORMATS } from './writer.ts';
export type { ExtractionWriter, OutputFormat, Sink } from './writer.ts';
