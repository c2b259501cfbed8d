// Dates as people read them. Fixed locale and UTC so the server's and the browser's renders match.
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export const formatDateTime = (iso: string | null | undefined): string => (iso ? `${dateTime.format(new Date(iso))} UTC` : "never");
export const formatDate = (iso: string | null | undefined): string => (iso ? date.format(new Date(iso)) : "—");
