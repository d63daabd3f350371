import { z } from 'zod';

/** The screening form (seeds/screening-form.json): ten questions answered 是/不知道/否. */
export const ScreeningFormSchema = z.strictObject({
  schemaVersion: z.literal(1),
  title: z.string().min(1),
  questions: z
    .array(
      z.strictObject({
        number: z.number().int().min(1).max(10),
        text: z.string().min(1),
        textEn: z.string().min(1),
        /** A 是 here alone makes the impact 重大 (infectious disease, poisoning/injury, emergencies). */
        critical: z.boolean(),
      }),
    )
    .length(10)
    .refine((qs) => qs.every((q, i) => q.number === i + 1), 'questions must be numbered 1..10 in order'),
});
export type ScreeningForm = z.infer<typeof ScreeningFormSchema>;
