/** The development preview renders card text from documents and users: only the card markup subset survives. */
import { previewPage } from "../../../functions/gworkspace/preview-html";
import { RenderActionsSchema, type RenderActions } from "../../../shared/gworkspace/card";

const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'';

const actions: RenderActions = RenderActionsSchema.parse({
  action: {
    notification: { text: hostile },
    navigations: [
      {
        pushCard: {
          header: { title: hostile, subtitle: "x" },
          sections: [
            {
              header: hostile,
              widgets: [
                { textParagraph: { text: `<b>đậm</b> <font color="#b3261e">đỏ</font> ${hostile}` } },
                { decoratedText: { topLabel: hostile, text: hostile, bottomLabel: hostile } },
                { selectionInput: { name: "c", label: hostile, type: "DROPDOWN", items: [{ text: hostile, value: hostile }] } },
                { buttonList: { buttons: [{ text: hostile, onClick: { action: { function: "http://127.0.0.1:7071/api/gworkspace/docs/check", parameters: [{ key: "k", value: hostile }] } } }] } },
              ],
            },
          ],
        },
      },
    ],
  },
});

test("text from documents and users never becomes markup; bold, italics and colour do", () => {
  const html = previewPage(actions, "/api/gworkspace/preview", { as: hostile }, hostile);
  expect(html).not.toMatch(/<script>|<img /);
  expect(html).not.toMatch(/onerror=alert\(2\)>/);
  expect(html).toContain("<b>đậm</b>");
  expect(html).toContain('<span style="color:#b3261e">đỏ</span>');
  // A button posts its endpoint path back to the preview, parameters included, as an attribute value.
  expect(html).toContain('name="go" value="{&quot;path&quot;:&quot;gworkspace/docs/check&quot;');
});
