import { z } from "zod";

/** Every non-2xx JSON answer: a stable code plus the catalogue's Vietnamese and English text, and extras per code. */
export const ApiErrorBodySchema = z.object({
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      messageEn: z.string(),
    })
    .loose(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;
