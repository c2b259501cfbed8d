// Cursor paging goes forward only; to offer "Previous" the URL carries the cursors already
// passed (`trail`, comma-separated), so paging works as plain links without JavaScript.
export interface PageLinks {
  next: string | null;
  previous: string | null;
  first: string | null;
}

export function pageLinks(url: URL, endCursor: string | null, hasNextPage: boolean): PageLinks {
  const after = url.searchParams.get("after");
  const trail = (url.searchParams.get("trail") ?? "").split(",").filter(Boolean);
  const link = (nextAfter: string | null, nextTrail: string[]) => {
    const params = new URLSearchParams(url.searchParams);
    if (nextAfter) params.set("after", nextAfter);
    else params.delete("after");
    if (nextTrail.length) params.set("trail", nextTrail.join(","));
    else params.delete("trail");
    return `?${params}`;
  };
  return {
    next: hasNextPage && endCursor ? link(endCursor, after ? [...trail, after] : trail) : null,
    previous: after ? link(trail.at(-1) ?? null, trail.slice(0, -1)) : null,
    first: after ? link(null, []) : null,
  };
}
