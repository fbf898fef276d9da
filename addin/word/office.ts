/// <reference types="office-js" />
/**
 * The subset of the Office.js API (office.js from Microsoft's CDN) that the adapter uses: narrow interfaces, so the
 * adapter can use nothing else and the test stub (test/support/word-stub) implements exactly this. They are checked
 * against Microsoft's typings (@types/office-js) at the end of this file, so neither side can drift from the real API.
 * Only files under addin/word/ may import this module.
 */

export interface ClientObject {
  /** Set on *OrNullObject results once loaded; reading it before load + sync throws PropertyNotLoaded. */
  readonly isNullObject: boolean;
  load(propertyNames?: string | string[]): this;
}

export interface ClientCollection<T> extends ClientObject {
  readonly items: T[];
  getFirst(): T;
  getFirstOrNullObject(): T;
}

export type BeforeAfter = "Before" | "After";
export type StartEnd = "Start" | "End";
export type RangeLocation = "Whole" | "Start" | "End" | "Before" | "After" | "Content";
export type SelectionMode = "Select" | "Start" | "End";
/** Word.Alignment */
export type WordAlignment = "Mixed" | "Unknown" | "Left" | "Centered" | "Right" | "Justified";
/** Word.BorderLocation */
export type BorderLocation = "Top" | "Left" | "Bottom" | "Right" | "InsideHorizontal" | "InsideVertical" | "Inside" | "Outside" | "All";

export interface Font extends ClientObject {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  /** Word.UnderlineType: "None", "Single", … */
  underline: string;
  color: string;
}

export interface SearchOptions {
  matchCase?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
}

export interface Range extends ClientObject {
  readonly text: string;
  readonly font: Font;
  readonly paragraphs: ParagraphCollection;
  select(selectionMode?: SelectionMode): void;
  insertParagraph(paragraphText: string, insertLocation: BeforeAfter): Paragraph;
  insertText(text: string, insertLocation: "Replace" | StartEnd | BeforeAfter): Range;
  insertContentControl(): ContentControl;
  expandTo(range: Range): Range;
  search(searchText: string, searchOptions?: SearchOptions): RangeCollection;
}
export type RangeCollection = ClientCollection<Range>;

export interface ListItem extends ClientObject {
  readonly listString: string;
  readonly level: number;
}

export interface Paragraph extends ClientObject {
  readonly text: string;
  style: string;
  /** Word.BuiltInStyleName: "Normal", "Heading1" … "Heading9", "Title", "Other" … (WordApi 1.3) */
  styleBuiltIn: string;
  /** 1..9, or 10 for body text (WordApi 1.1). */
  outlineLevel: number;
  readonly isListItem: boolean;
  readonly tableNestingLevel: number;
  alignment: WordAlignment;
  firstLineIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Points; Word's UI shows this divided by 12. */
  lineSpacing: number;
  readonly font: Font;
  readonly listItemOrNullObject: ListItem;
  readonly parentContentControlOrNullObject: ContentControl;
  readonly parentTableCellOrNullObject: TableCell;
  readonly parentTableOrNullObject: Table;
  insertParagraph(paragraphText: string, insertLocation: BeforeAfter): Paragraph;
  insertTable(rowCount: number, columnCount: number, insertLocation: BeforeAfter, values?: string[][]): Table;
  insertText(text: string, insertLocation: "Replace" | StartEnd): Range;
  insertContentControl(): ContentControl;
  getRange(rangeLocation?: RangeLocation): Range;
  search(searchText: string, searchOptions?: SearchOptions): RangeCollection;
  select(selectionMode?: SelectionMode): void;
  /** Deletes the paragraph and its content (WordApi 1.1). */
  delete(): void;
}
export type ParagraphCollection = ClientCollection<Paragraph>;

export interface ContentControl extends ClientObject {
  readonly id: number;
  tag: string;
  title: string;
  placeholderText: string;
  /** "BoundingBox" | "Tags" | "Hidden" */
  appearance: string;
  readonly text: string;
  readonly paragraphs: ParagraphCollection;
  getRange(rangeLocation?: RangeLocation): Range;
  select(selectionMode?: SelectionMode): void;
  /** Deletes the control, and its content unless keepContent (WordApi 1.1). */
  delete(keepContent: boolean): void;
}
export type ContentControlCollection = ClientCollection<ContentControl>;

export interface TableBorder extends ClientObject {
  /** Word.BorderType: "None", "Single", … */
  type: string;
}

export interface TableCell extends ClientObject {
  readonly rowIndex: number;
  readonly cellIndex: number;
  columnWidth: number;
  readonly body: Body;
}

export interface Table extends ClientObject {
  readonly values: string[][];
  readonly rowCount: number;
  readonly nestingLevel: number;
  headerRowCount: number;
  getBorder(borderLocation: BorderLocation): TableBorder;
  getCell(rowIndex: number, cellIndex: number): TableCell;
  insertParagraph(paragraphText: string, insertLocation: BeforeAfter): Paragraph;
  select(selectionMode?: SelectionMode): void;
  /** Deletes the whole table (WordApi 1.3). */
  delete(): void;
}
export type TableCollection = ClientCollection<Table>;

export interface Body extends ClientObject {
  readonly text: string;
  readonly paragraphs: ParagraphCollection;
  readonly tables: TableCollection;
  readonly contentControls: ContentControlCollection;
  insertParagraph(paragraphText: string, insertLocation: StartEnd): Paragraph;
}

/** OfficeExtension.EventHandlerResult; removed inside a Word.run on an object of the context it was added in. */
export interface EventHandlerResult {
  remove(): void;
}
export interface EventHandlers {
  add(handler: (args: { type: string }) => Promise<void>): EventHandlerResult;
}

export interface WordDocument extends ClientObject {
  readonly body: Body;
  readonly contentControls: ContentControlCollection;
  getSelection(): Range;
  /** WordApi 1.6 */
  readonly onParagraphAdded: EventHandlers;
  readonly onParagraphChanged: EventHandlers;
  readonly onParagraphDeleted: EventHandlers;
}

export interface RequestContext {
  readonly document: WordDocument;
  sync(): Promise<void>;
}

export interface WordNamespace {
  run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T>;
  /** The batch runs in the request context of a previously created object (Word.run has no context overload). */
  run<T>(object: Pick<ClientObject, "isNullObject">, batch: (context: RequestContext) => Promise<T>): Promise<T>;
}

/** Office.AsyncResult */
export interface AsyncResult<T> {
  status: Office.AsyncResultStatus;
  value: T;
  error?: { code: number; name: string; message: string };
}

export interface OfficeSlice {
  /** For Office.FileType.Compressed: the bytes as an array of numbers (0..255). */
  data: ArrayLike<number>;
  index: number;
  size: number;
}

export interface OfficeFile {
  size: number;
  sliceCount: number;
  getSliceAsync(sliceIndex: number, callback: (result: AsyncResult<OfficeSlice>) => void): void;
  closeAsync(callback?: (result: AsyncResult<void>) => void): void;
}

export interface OfficeNamespace {
  /** host is null when the page runs outside Office. */
  onReady(): Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>;
  /** Enums, read from the Office global: strings at run time ("compressed", "succeeded"). */
  FileType: typeof Office.FileType;
  AsyncResultStatus: typeof Office.AsyncResultStatus;
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: {
      getFileAsync?: (
        fileType: Office.FileType,
        options: { sliceSize?: number },
        callback: (result: AsyncResult<OfficeFile>) => void,
      ) => void;
    };
  };
  auth?: { getAccessToken(options?: { allowSignInPrompt?: boolean; allowConsentPrompt?: boolean; forMSGraphAccess?: boolean }): Promise<string> };
}

/** OfficeExtension.Error as thrown by context.sync(). */
export interface OfficeErrorLike {
  name: string;
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string };
}

interface OfficeGlobals {
  Word?: WordNamespace;
  Office?: OfficeNamespace;
}

export function officeGlobals(): OfficeGlobals {
  return globalThis as unknown as OfficeGlobals;
}

/*
 * Drift check against Microsoft's own typings (@types/office-js, a devDependency; type-only, nothing is emitted):
 * every real Office.js object must satisfy the narrow interface above that the adapter uses and the test stub
 * implements. A member named here that the real API lacks, or typed differently, fails the type-check.
 */
type Satisfies<Narrow, Official extends Narrow> = [Narrow, Official];
type OfficialApiCheck = [
  Satisfies<Font, Word.Font>,
  Satisfies<Range, Word.Range>,
  Satisfies<ListItem, Word.ListItem>,
  Satisfies<Paragraph, Word.Paragraph>,
  Satisfies<ContentControl, Word.ContentControl>,
  Satisfies<TableBorder, Word.TableBorder>,
  Satisfies<TableCell, Word.TableCell>,
  Satisfies<Table, Word.Table>,
  Satisfies<Body, Word.Body>,
  Satisfies<WordDocument, Word.Document>,
  Satisfies<RequestContext, Word.RequestContext>,
  Satisfies<EventHandlerResult, OfficeExtension.EventHandlerResult<Word.ParagraphAddedEventArgs>>,
  Satisfies<WordNamespace, typeof Word>,
  Satisfies<AsyncResult<OfficeFile>, Office.AsyncResult<Office.File>>,
  Satisfies<OfficeSlice, Office.Slice>,
  Satisfies<OfficeFile, Office.File>,
  Satisfies<OfficeNamespace, typeof Office>,
  Satisfies<OfficeErrorLike, OfficeExtension.Error>,
];
