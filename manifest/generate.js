/*
 * The add-in's two manifests, generated for one https origin (dev: https://localhost:3000, production:
 * ADDIN_BASE_URL): manifest.xml (add-in only manifest, Office 2016+) and manifest.json (unified manifest for
 * Microsoft 365). Used by scripts/build-addin.js and by test/addin/manifest.test.ts.
 */
"use strict";

/** The add-in's identity. Never change it: Office keys installed add-ins and their settings by this id. */
const ADDIN_ID = "106243b6-ac3a-43cd-bece-6e98fc3b543c";
/** Placeholder app registration for development; production passes its Entra ID client id (ADDIN_CLIENT_ID). */
const DEV_CLIENT_ID = "62eb0e73-f407-44fa-8d7b-609f2bf31991";
const VERSION = "1.0.0";
const NAME = "Báo cáo CCHC";
const FULL_NAME = "Báo cáo kết quả kiểm tra, tự kiểm tra cải cách hành chính";
const DESCRIPTION = "Chèn đề cương, kiểm tra và nộp báo cáo kiểm tra, tự kiểm tra CCHC cho Sở Nội vụ.";
const PROVIDER = "Sở Nội vụ tỉnh Hà Tĩnh";
const ICON_SIZES = [16, 32, 64, 80, 128];

function esc(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Validates and normalises the origin: https only, no path, no trailing slash. */
function originOf(baseUrl) {
  const url = new URL(baseUrl);
  if (url.protocol !== "https:") throw new Error(`add-in base URL must be https: ${baseUrl}`);
  return url.origin;
}

function xmlManifest({ baseUrl, clientId = DEV_CLIENT_ID }) {
  const o = originOf(baseUrl);
  const img = (size) => `<bt:Image id="Icon.${size}x${size}" DefaultValue="${o}/assets/icon-${size}.png"/>`;
  const icon = (sizes) => `<Icon>${sizes.map((s) => `<bt:Image size="${s}" resid="Icon.${s}x${s}"/>`).join("")}</Icon>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${ADDIN_ID}</Id>
  <Version>${VERSION}.0</Version>
  <ProviderName>${esc(PROVIDER)}</ProviderName>
  <DefaultLocale>vi-VN</DefaultLocale>
  <DisplayName DefaultValue="${esc(NAME)}">
    <Override Locale="en-US" Value="CCHC report"/>
  </DisplayName>
  <Description DefaultValue="${esc(DESCRIPTION)}">
    <Override Locale="en-US" Value="Insert the outline, check and submit the CCHC self-inspection report to Sở Nội vụ."/>
  </Description>
  <IconUrl DefaultValue="${o}/assets/icon-32.png"/>
  <HighResolutionIconUrl DefaultValue="${o}/assets/icon-64.png"/>
  <SupportUrl DefaultValue="${o}/support.html"/>
  <AppDomains>
    <AppDomain>${o}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Document"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="WordApi" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${o}/taskpane.html"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Document">
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="Support.Url"/>
          </GetStarted>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="CchcReport.Group">
                <Label resid="Group.Label"/>
                ${icon([16, 32, 80])}
                <Control xsi:type="Button" id="CchcReport.OpenPane">
                  <Label resid="Button.Label"/>
                  <Supertip>
                    <Title resid="Button.Label"/>
                    <Description resid="Button.Tooltip"/>
                  </Supertip>
                  ${icon([16, 32, 80])}
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>CchcReport.Pane</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
        ${[16, 32, 80].map(img).join("\n        ")}
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Taskpane.Url" DefaultValue="${o}/taskpane.html"/>
        <bt:Url id="Support.Url" DefaultValue="${o}/support.html"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="GetStarted.Title" DefaultValue="${esc(NAME)}"/>
        <bt:String id="Group.Label" DefaultValue="${esc(NAME)}"/>
        <bt:String id="Button.Label" DefaultValue="${esc(NAME)}"/>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="GetStarted.Description" DefaultValue="Mở ngăn Báo cáo CCHC trên thẻ Home để chèn đề cương và nộp báo cáo."/>
        <bt:String id="Button.Tooltip" DefaultValue="Chèn đề cương, kiểm tra và nộp báo cáo CCHC."/>
      </bt:LongStrings>
    </Resources>
    <WebApplicationInfo>
      <Id>${esc(clientId)}</Id>
      <Resource>api://${new URL(o).host}/${esc(clientId)}</Resource>
      <Scopes>
        <Scope>openid</Scope>
        <Scope>profile</Scope>
      </Scopes>
    </WebApplicationInfo>
  </VersionOverrides>
</OfficeApp>
`;
}

function jsonManifest({ baseUrl, clientId = DEV_CLIENT_ID }) {
  const o = originOf(baseUrl);
  const icons = [16, 32, 80].map((size) => ({ size, url: `${o}/assets/icon-${size}.png` }));
  const requirements = { capabilities: [{ name: "WordApi", minVersion: "1.1" }], scopes: ["document"] };
  return {
    $schema: "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json",
    manifestVersion: "1.22",
    version: VERSION,
    id: ADDIN_ID,
    developer: { name: PROVIDER, websiteUrl: `${o}/`, privacyUrl: `${o}/support.html`, termsOfUseUrl: `${o}/support.html` },
    name: { short: NAME, full: FULL_NAME },
    description: { short: "Đề cương, kiểm tra và nộp báo cáo CCHC", full: DESCRIPTION },
    icons: { outline: "assets/outline.png", color: "assets/color.png" },
    accentColor: "#1F4E79",
    validDomains: [new URL(o).host],
    showLoadingIndicator: false,
    isFullScreen: false,
    webApplicationInfo: { id: clientId, resource: `api://${new URL(o).host}/${clientId}` },
    authorization: { permissions: { resourceSpecific: [{ name: "Document.ReadWrite.User", type: "Delegated" }] } },
    extensions: [
      {
        requirements,
        runtimes: [
          {
            requirements,
            id: "TaskPaneRuntime",
            type: "general",
            code: { page: `${o}/taskpane.html` },
            lifetime: "short",
            actions: [{ id: "ShowTaskPane", type: "openPage", pinnable: false, view: "dashboard" }],
          },
        ],
        ribbons: [
          {
            requirements: { scopes: ["document"] },
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: "TabHome",
                groups: [
                  {
                    id: "CchcReportGroup",
                    label: NAME,
                    icons,
                    controls: [
                      {
                        id: "CchcReportOpenPane",
                        type: "button",
                        label: NAME,
                        icons,
                        supertip: { title: NAME, description: "Chèn đề cương, kiểm tra và nộp báo cáo CCHC." },
                        actionId: "ShowTaskPane",
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

module.exports = { ADDIN_ID, DEV_CLIENT_ID, ICON_SIZES, xmlManifest, jsonManifest };
