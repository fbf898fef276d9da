export * from "./card";
export * from "./event";
export * from "./deployment";
