import { z } from 'zod';

/** Where something was read: a 1-based line of the extracted text and/or a 1-based page. */
export const SourceRefSchema = z.object({
  line: z.int().positive().optional(),
  page: z.int().positive().optional(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;
