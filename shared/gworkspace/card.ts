/**
 * The card JSON a Google Workspace add-on on HTTP endpoints answers with: the subset of Google's CardService JSON
 * (google.apps.card.v1 and the add-on RenderActions) this product builds. Strict objects: a misspelt field is a test
 * failure here, not a card Google silently drops. Reference: developers.google.com/workspace/add-ons/reference.
 */
import { z } from "zod";

export const ActionParameterSchema = z.object({ key: z.string().min(1), value: z.string() }).strict();

/** Links and endpoints are web addresses only (Google requires https; the development preview uses http). */
const WebUrl = z.url({ protocol: /^https?$/ });

/** `function` is the absolute URL of the endpoint Google posts the event to. */
export const ActionSchema = z
  .object({
    function: WebUrl,
    parameters: z.array(ActionParameterSchema).optional(),
    loadIndicator: z.enum(["SPINNER", "NONE"]).optional(),
  })
  .strict();

export const OpenLinkSchema = z
  .object({ url: WebUrl, openAs: z.enum(["FULL_SIZE", "OVERLAY"]).optional() })
  .strict();

export const OnClickSchema = z.union([
  z.object({ action: ActionSchema }).strict(),
  z.object({ openLink: OpenLinkSchema }).strict(),
]);

const ColorSchema = z
  .object({ red: z.number().min(0).max(1), green: z.number().min(0).max(1), blue: z.number().min(0).max(1) })
  .strict();

export const ButtonSchema = z
  .object({
    text: z.string().min(1),
    onClick: OnClickSchema,
    color: ColorSchema.optional(),
    disabled: z.boolean().optional(),
    type: z.enum(["OUTLINED", "FILLED", "FILLED_TONAL", "BORDERLESS"]).optional(),
  })
  .strict();

export type Button = z.infer<typeof ButtonSchema>;

export const IconSchema = z.object({ knownIcon: z.string().min(1) }).strict();

const TextParagraphSchema = z.object({ textParagraph: z.object({ text: z.string() }).strict() }).strict();
const DecoratedTextSchema = z
  .object({
    decoratedText: z
      .object({
        topLabel: z.string().optional(),
        text: z.string(),
        bottomLabel: z.string().optional(),
        wrapText: z.boolean().optional(),
        startIcon: IconSchema.optional(),
        button: ButtonSchema.optional(),
        onClick: OnClickSchema.optional(),
      })
      .strict(),
  })
  .strict();
const ButtonListSchema = z.object({ buttonList: z.object({ buttons: z.array(ButtonSchema).min(1) }).strict() }).strict();
const TextInputSchema = z
  .object({
    textInput: z
      .object({
        name: z.string().min(1),
        label: z.string(),
        hintText: z.string().optional(),
        value: z.string().optional(),
        type: z.enum(["SINGLE_LINE", "MULTIPLE_LINE"]).optional(),
      })
      .strict(),
  })
  .strict();
const SelectionItemSchema = z
  .object({ text: z.string(), value: z.string(), selected: z.boolean().optional() })
  .strict();
const SelectionInputSchema = z
  .object({
    selectionInput: z
      .object({
        name: z.string().min(1),
        label: z.string(),
        type: z.enum(["DROPDOWN", "RADIO_BUTTON", "CHECK_BOX", "SWITCH"]),
        items: z.array(SelectionItemSchema).min(1),
        onChangeAction: ActionSchema.optional(),
      })
      .strict(),
  })
  .strict();
const DividerSchema = z.object({ divider: z.object({}).strict() }).strict();

const BaseWidgetSchema = z.union([
  TextParagraphSchema,
  DecoratedTextSchema,
  ButtonListSchema,
  TextInputSchema,
  SelectionInputSchema,
  DividerSchema,
]);

/** Columns: how a card lays out a small table (label | value) side by side. */
const ColumnsSchema = z
  .object({
    columns: z
      .object({
        columnItems: z
          .array(
            z
              .object({
                horizontalSizeStyle: z.enum(["FILL_AVAILABLE_SPACE", "FILL_MINIMUM_SPACE"]).optional(),
                widgets: z.array(BaseWidgetSchema).min(1),
              })
              .strict(),
          )
          .min(1)
          .max(2),
      })
      .strict(),
  })
  .strict();

export const WidgetSchema = z.union([BaseWidgetSchema, ColumnsSchema]);
export type Widget = z.infer<typeof WidgetSchema>;

export const SectionSchema = z
  .object({
    header: z.string().optional(),
    collapsible: z.boolean().optional(),
    uncollapsibleWidgetsCount: z.number().int().min(0).optional(),
    widgets: z.array(WidgetSchema).min(1),
  })
  .strict();
export type Section = z.infer<typeof SectionSchema>;

export const CardSchema = z
  .object({
    name: z.string().optional(),
    header: z
      .object({ title: z.string().min(1), subtitle: z.string().optional(), imageUrl: WebUrl.optional() })
      .strict()
      .optional(),
    sections: z.array(SectionSchema).min(1),
    fixedFooter: z.object({ primaryButton: ButtonSchema, secondaryButton: ButtonSchema.optional() }).strict().optional(),
  })
  .strict();
export type Card = z.infer<typeof CardSchema>;

const NavigationSchema = z.union([
  z.object({ pushCard: CardSchema }).strict(),
  z.object({ updateCard: CardSchema }).strict(),
  z.object({ popCard: z.literal(true) }).strict(),
  z.object({ popToRoot: z.literal(true) }).strict(),
]);

/** What one trigger answers: cards to show, a notification, a link to open, or a request to the editor. */
export const RenderActionsSchema = z.union([
  z
    .object({
      action: z
        .object({
          navigations: z.array(NavigationSchema).min(1).optional(),
          notification: z.object({ text: z.string().min(1) }).strict().optional(),
          link: OpenLinkSchema.optional(),
        })
        .strict()
        .refine((a) => a.navigations || a.notification || a.link, "an action shows a card, a notification or a link"),
    })
    .strict(),
  z
    .object({
      renderActions: z
        .object({
          hostAppAction: z
            .object({ editorAction: z.object({ requestFileScopeForActiveDocument: z.object({}).strict() }).strict() })
            .strict(),
        })
        .strict(),
    })
    .strict(),
]);
export type RenderActions = z.infer<typeof RenderActionsSchema>;
