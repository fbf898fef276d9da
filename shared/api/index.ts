export * from "./audit";
export * from "./campaigns";
export * from "./dev";
export * from "./errors";
export * from "./health";
export * from "./status";
export * from "./submissions";
export * from "./sync";
