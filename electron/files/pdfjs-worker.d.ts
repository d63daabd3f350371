// pdfjs-dist ships no types for its worker module; read-pdf.ts only needs to hand its
// WorkerMessageHandler to pdfjs (as globalThis.pdfjsWorker) to run the parser in-process.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
