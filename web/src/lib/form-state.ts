/** What any form action of ours hands back: a success line, or a failure (see form-failure.ts). */
export interface FormState {
  form?: string;
  success?: string;
  message?: string;
  code?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
}

/** The action result only if it belongs to this form: several forms share one page. */
export const formFor = (form: unknown, name: string): FormState | null => (form && typeof form === "object" && (form as FormState).form === name ? (form as FormState) : null);
