/**
 * The event object Google posts to an add-on's HTTP endpoint (the subset used). Unknown fields are kept out by
 * zod's default stripping; what is read is typed. The user's tokens are in `authorizationEventObject`; the system
 * ID token that proves the request comes from Google is in the Authorization header, not here.
 */
import { z } from "zod";

export const HostAppSchema = z.enum(["DOCS", "SHEETS", "SLIDES", "DRIVE", "GMAIL", "CALENDAR", "CHAT"]);
export type HostApp = z.infer<typeof HostAppSchema>;

/** A form input as the host sends it: text inputs and selections both arrive as stringInputs. */
const FormInputSchema = z.object({ stringInputs: z.object({ value: z.array(z.string()) }).optional() });

const EditorFileSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  title: z.string().max(1000).optional(),
  addonHasFileScopePermission: z.boolean().optional(),
});

export const AddonEventSchema = z.object({
  commonEventObject: z.object({
    hostApp: HostAppSchema,
    platform: z.string().optional(),
    userLocale: z.string().max(20).optional(),
    timeZone: z.object({ id: z.string(), offset: z.number() }).partial().optional(),
    /** Action parameters (strings only, as Google sends them). */
    parameters: z.record(z.string(), z.string()).optional(),
    formInputs: z.record(z.string(), FormInputSchema).optional(),
  }),
  authorizationEventObject: z.object({
    userOAuthToken: z.string().min(1).max(4096).optional(),
    userIdToken: z.string().min(1).max(8192).optional(),
    systemIdToken: z.string().max(8192).optional(),
  }),
  docs: EditorFileSchema.optional(),
  sheets: EditorFileSchema.optional(),
});
export type AddonEvent = z.infer<typeof AddonEventSchema>;

export function eventParameter(event: AddonEvent, key: string): string | undefined {
  return event.commonEventObject.parameters?.[key];
}

export function formValue(event: AddonEvent, name: string): string | undefined {
  return event.commonEventObject.formInputs?.[name]?.stringInputs?.value[0];
}
