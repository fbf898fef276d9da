import type { Route } from "../functions/app/route";
import { routesByPath } from "../functions/app/routes";

interface Compiled {
  segments: string[];
  routes: Route[];
  /** Literal segments count: the more specific template wins when two match. */
  literals: number;
}

export interface Match {
  routes: Route[];
  params: Record<string, string>;
}

const PARAM = /^\{([A-Za-z][A-Za-z0-9]*)\}$/;

/** Matches paths (below /api/) against the route table's Azure-style templates, as the Functions host does. */
export function createRouter(routes: readonly Route[]): (path: string) => Match | undefined {
  const compiled: Compiled[] = [...routesByPath(routes)].map(([template, rs]) => {
    const segments = template.split("/");
    return { segments, routes: rs, literals: segments.filter((s) => !PARAM.test(s)).length };
  });
  compiled.sort((a, b) => b.literals - a.literals);

  return (path) => {
    const parts = path.split("/");
    for (const c of compiled) {
      if (c.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = c.segments.every((seg, i) => {
        const part = parts[i] ?? "";
        const name = PARAM.exec(seg)?.[1];
        if (!name) return seg.toLowerCase() === part.toLowerCase();
        if (!part) return false;
        try {
          params[name] = decodeURIComponent(part);
        } catch {
          return false;
        }
        return true;
      });
      if (ok) return { routes: c.routes, params };
    }
    return undefined;
  };
}
