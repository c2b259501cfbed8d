// What the API acknowledged: the audit checks each of these against the database afterwards.

export interface AckedRegistration {
  id: string;
  username: string;
  email: string;
  at: number;
}

/** One session's refresh tokens as the client received them, in order. */
export interface RefreshChain {
  userId: string;
  tokens: string[];
  /** a later refresh got no clear answer: the last acknowledged token may rightly be rotated or revoked */
  uncertain: boolean;
}

export interface AckedProfile {
  name: string;
  bio: string;
  /** a later update got no answer: the stored values may be that one's */
  uncertain: boolean;
}

export class Ledger {
  readonly registrations: AckedRegistration[] = [];
  /** registrations refused with SERVER_BUSY: each must have left no account */
  readonly shedRegistrations: Array<{ username: string; email: string }> = [];
  readonly verified = new Set<string>();
  readonly chains: RefreshChain[] = [];
  readonly profiles = new Map<string, AckedProfile>();
  refreshes = 0;
  logins = 0;
  profileUpdates = 0;
  avatars = 0;
  adminLists = 0;

  openChain(userId: string, token: string): RefreshChain {
    const chain = { userId, tokens: [token], uncertain: false };
    this.chains.push(chain);
    return chain;
  }
}
