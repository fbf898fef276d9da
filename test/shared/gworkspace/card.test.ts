import { CardSchema, RenderActionsSchema } from "../../../shared/gworkspace/card";
import { AddonEventSchema, formValue } from "../../../shared/gworkspace/event";

const card = { header: { title: "Báo cáo CCHC" }, sections: [{ widgets: [{ textParagraph: { text: "x" } }] }] };

test("a misspelt or unknown field is refused, not silently dropped as Google would", () => {
  expect(CardSchema.safeParse(card).success).toBe(true);
  expect(CardSchema.safeParse({ ...card, sections: [{ widgets: [{ textParagraf: { text: "x" } }] }] }).success).toBe(false);
  expect(CardSchema.safeParse({ ...card, header: { title: "x", subTitle: "y" } }).success).toBe(false);
  expect(CardSchema.safeParse({ ...card, sections: [] }).success).toBe(false);
});

test("an answer shows a card, a notification, a link or asks for file access — never nothing", () => {
  expect(RenderActionsSchema.safeParse({ action: {} }).success).toBe(false);
  expect(RenderActionsSchema.safeParse({ action: { navigations: [{ pushCard: card }] } }).success).toBe(true);
  expect(RenderActionsSchema.safeParse({ action: { navigations: [{ popCard: true }] } }).success).toBe(true);
  expect(RenderActionsSchema.safeParse({ action: { link: { url: "javascript:alert(1)" } } }).success).toBe(false);
});

test("the event's form inputs and host are read as Google sends them", () => {
  const event = AddonEventSchema.parse({
    commonEventObject: { hostApp: "SHEETS", formInputs: { comment: { stringInputs: { value: ["Bổ sung mục I"] } } }, extra: 1 },
    authorizationEventObject: { userIdToken: "a.b.c" },
  });
  expect(formValue(event, "comment")).toBe("Bổ sung mục I");
  expect(AddonEventSchema.safeParse({ commonEventObject: { hostApp: "PAINT" }, authorizationEventObject: {} }).success).toBe(false);
});
