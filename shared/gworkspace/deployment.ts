/**
 * The Google Workspace add-on deployment descriptor (what `gcloud workspace-add-ons deployments create
 * --deployment-file=…` takes): scopes and the HTTPS trigger URLs. manifest/gworkspace.js generates it for dev and
 * production; tests check the generated files against this schema.
 */
import { z } from "zod";

const HttpsUrl = z.url({ protocol: /^https$/ });
const TriggerSchema = z.object({ runFunction: HttpsUrl, enabled: z.boolean().optional() }).strict();

export const DeploymentSchema = z
  .object({
    oauthScopes: z.array(z.url({ protocol: /^https$/ }).or(z.enum(["openid", "email", "profile"]))).min(1),
    addOns: z
      .object({
        common: z
          .object({
            name: z.string().min(1).max(50),
            logoUrl: HttpsUrl,
            useLocaleFromApp: z.boolean().optional(),
            homepageTrigger: TriggerSchema,
            layoutProperties: z.object({ primaryColor: z.string(), secondaryColor: z.string().optional() }).strict().optional(),
            openLinkUrlPrefixes: z.array(HttpsUrl).optional(),
          })
          .strict(),
        docs: z
          .object({ homepageTrigger: TriggerSchema, onFileScopeGrantedTrigger: TriggerSchema.optional() })
          .strict(),
        sheets: z.object({ homepageTrigger: TriggerSchema }).strict(),
      })
      .strict(),
  })
  .strict();
export type Deployment = z.infer<typeof DeploymentSchema>;
