/**
 * Names of the custom document properties a report carries, shared by the writer
 * (build-report.ts) and the reader (read-report.ts, used by `hia verify`) without the reader
 * loading the whole document builder.
 */
export const PROPERTY = {
  fingerprint: 'HIA-Fingerprint',
  assessment: 'HIA-Assessment',
  version: 'HIA-Version',
  number: 'HIA-Number',
  status: 'HIA-Status',
} as const;
