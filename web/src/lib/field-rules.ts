// The contract's field rules (API.md "Rules"), checked as the person types. The API checks
// them again; these only help before the form is sent.
export interface Rule {
  label: string;
  ok: boolean;
}

export const usernameRules = (username: string): Rule[] => [
  { label: "3–30 characters", ok: username.length >= 3 && username.length <= 30 },
  { label: "Starts with a letter", ok: /^[A-Za-z]/.test(username) },
  { label: "Only letters, digits or _", ok: username.length > 0 && /^[A-Za-z0-9_]*$/.test(username) },
];

export const passwordRules = (password: string, username = "", email = ""): Rule[] => {
  const lower = password.toLowerCase();
  return [
    { label: "8–128 characters", ok: password.length >= 8 && password.length <= 128 },
    {
      label: "Not your username or email",
      ok: password.length > 0 && lower !== username.trim().toLowerCase() && lower !== email.trim().toLowerCase(),
    },
  ];
};

export const looksLikeEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
