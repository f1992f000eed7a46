// Defaults of `yusuan import`, apart so the command line can show them without loading the import.

/** A disclosure reads in well under a second; a minute means a reader is stuck. */
export const IMPORT_TIMEOUT_MS = 60_000;
/** Heap of each worker: pdfjs on a 500-page PDF stays far below; a bomb hits this instead. */
export const IMPORT_WORKER_HEAP_MB = 1024;
export const DEFAULT_OUT_DIR = 'yusuan-import';
