// The mixed workload: user clients sign up (register → OTP from the catcher → verifyOtp) and then
// mix me, updateProfile, refreshToken (cookie), login, avatar uploads and new accounts; admin
// clients sign in as the super admin and page through the users list.
import { randomBytes, randomInt } from "node:crypto";
import type { MailCatcher } from "../../tests/helpers/mail-catcher.ts";
import type { Ledger, RefreshChain } from "./ledger.ts";
import { RateBudget } from "./rate-budget.ts";
import type { RateLimitOverrides } from "../../server/src/security/rate-limits.ts";
import { VirtualClient } from "./virtual-client.ts";

const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { user { id username email } otpExpiresAt } }`;
const VERIFY = `mutation VerifyOtp($email: String!, $code: String!) { verifyOtp(email: $email, code: $code) { user { id } refreshToken } }`;
const LOGIN = `mutation Login($identifier: String!, $password: String!) { login(identifier: $identifier, password: $password) { user { id } refreshToken } }`;
const REFRESH = `mutation RefreshToken { refreshToken { user { id } refreshToken } }`;
const ME = `query Me { me { id username name bio } }`;
const UPDATE = `mutation UpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { id name bio } }`;
const UPLOAD = `mutation UploadAvatar($file: Upload!) { uploadAvatar(file: $file) { id avatarUrl } }`;
const USERS = `query Users($first: Int, $after: String, $orderBy: UserOrder, $filter: UserFilter) {
  users(first: $first, after: $after, orderBy: $orderBy, filter: $filter) { totalCount nodes { id username role } pageInfo { hasNextPage endCursor } } }`;

export interface WorkloadContext {
  ledger: Ledger;
  mail: MailCatcher;
  runTag: string;
  /** no new operation starts after this (ms since epoch) */
  endsAt: number;
  crash: boolean;
  /** when the API was killed (ms since epoch) */
  kills: number[];
  admin: { email: string; password: string };
  avatars: Buffer[];
  /** mean pause between one client's operations, as a person clicking (0: closed loop) */
  thinkMs: number;
  /** the API's RATE_LIMITS overrides, which the clients' own budgets follow */
  rateLimits: RateLimitOverrides;
  /** how often a signed-in user client picks each operation */
  weights: Record<UserOp, number>;
}

export type UserOp = "me" | "updateProfile" | "refresh" | "login" | "upload" | "newAccount";

export const NORMAL_WEIGHTS: Record<UserOp, number> = { me: 30, updateProfile: 25, refresh: 20, login: 10, upload: 3, newAccount: 3 };

interface Account {
  id: string;
  username: string;
  email: string;
  password: string;
  chain?: RefreshChain;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const over = (ctx: WorkloadContext) => Date.now() >= ctx.endsAt;
const think = (ctx: WorkloadContext) => (ctx.thinkMs ? sleep(ctx.thinkMs * (0.5 + Math.random())) : undefined);

function pick<T extends string>(weights: Record<T, number>): T {
  const entries = Object.entries(weights) as Array<[T, number]>;
  let roll = Math.random() * entries.reduce((n, [, w]) => n + w, 0);
  for (const [key, weight] of entries) if ((roll -= weight) < 0) return key;
  return entries[0][0];
}

export async function runUserClient(client: VirtualClient, ctx: WorkloadContext): Promise<void> {
  const budget = new RateBudget(ctx.rateLimits);
  let account: Account | undefined;
  let serial = 0;
  const metrics = client.metrics;

  /** A chain whose next step got no clear answer: its last acknowledged token proves nothing more. */
  const dropSession = (acc: Account) => {
    if (acc.chain) acc.chain.uncertain = true;
    acc.chain = undefined;
  };

  async function signUp(): Promise<void> {
    if (!budget.take("register.ip", client.ip)) return void (await sleep(1000));
    const username = `lt${ctx.runTag}c${client.id}n${++serial}`;
    const acc: Account = { id: "", username, email: `${username}@loadtest.example`, password: `pw-${randomBytes(9).toString("base64url")}` };
    const reg = await client.call(
      "register",
      REGISTER,
      { input: { username, email: acc.email, password: acc.password, name: `Load ${client.id}` } },
      {
        // applied before the crash, answered after it: the retry finds the name taken
        expect: (code, retried) => retried && code === "CONFLICT",
      },
    );
    if (reg.code === "SERVER_BUSY" && !reg.retried) ctx.ledger.shedRegistrations.push({ username, email: acc.email });
    if (!reg.data?.register) return;
    acc.id = reg.data.register.user.id;
    const ackAt = Date.now();
    ctx.ledger.registrations.push({ id: acc.id, username, email: acc.email, at: ackAt });

    let code: string;
    const waited = performance.now();
    try {
      code = /(\d{6})/.exec((await ctx.mail.next({ to: acc.email, subject: /\d{6}/ }, 30_000)).subject)![1];
      metrics.answered("otpMail(wait)", performance.now() - waited);
    } catch {
      // a kill -9 mid-send leaves the mail in the outbox until its lease ends and the restarted
      // API sends it: it may come after this wait, so a late mail is expected then (the audit
      // at the end still requires every acknowledged registration's mail to have arrived)
      const killedWhileWaiting = ctx.kills.some((k) => k >= ackAt - 1000 && k <= Date.now());
      metrics.error("otpMail(wait)", "MAIL_TIMEOUT", ctx.crash && killedWhileWaiting);
      return;
    }
    if (
      !budget.takeAll([
        ["verify_otp.ip", client.ip],
        ["verify_otp.email", acc.email],
      ])
    )
      return;
    const verified = await client.call("verifyOtp", VERIFY, { email: acc.email, code }, { expect: (c, retried) => retried && c === "INVALID_OTP" });
    if (verified.data?.verifyOtp) {
      ctx.ledger.verified.add(acc.id);
      acc.chain = ctx.ledger.openChain(acc.id, verified.data.verifyOtp.refreshToken);
      account = acc;
    } else if (verified.retried) {
      account = acc; // verified before the crash but unanswered: sign in with the password instead
    }
  }

  async function login(acc: Account) {
    if (
      !budget.takeAll([
        ["login.ip", client.ip],
        ["login.account", acc.email],
      ])
    )
      return false;
    const res = await client.call("login", LOGIN, { identifier: Math.random() < 0.5 ? acc.email : acc.username, password: acc.password });
    if (!res.data?.login) return true;
    ctx.ledger.logins += 1;
    // a new session; the old one stays open and its last acknowledged token must stay live
    acc.chain = ctx.ledger.openChain(acc.id, res.data.login.refreshToken);
    return true;
  }

  async function refresh(acc: Account) {
    if (!acc.chain) return login(acc);
    if (!budget.take("refresh.ip", client.ip)) return false;
    const res = await client.call("refreshToken", REFRESH, {}, { expect: (c, retried) => retried && c === "INVALID_TOKEN" });
    const token: string | undefined = res.data?.refreshToken?.refreshToken;
    if (token) {
      if (client.cookie("refresh_token") !== token) metrics.error("refreshToken", "COOKIE_MISMATCH", false);
      acc.chain.tokens.push(token);
      ctx.ledger.refreshes += 1;
    } else if (res.retried || res.lost) {
      dropSession(acc);
    } else {
      acc.chain = undefined;
    }
    return true;
  }

  async function me(acc: Account) {
    const res = await client.call("me", ME);
    if (!res.code && res.data?.me?.id !== acc.id) metrics.error("me", res.data?.me ? "WRONG_USER" : "ME_NULL", false);
    return true;
  }

  async function updateProfile(acc: Account) {
    const input = { name: `Name ${randomInt(1e9)}`, bio: `Bio ${client.id} ${randomBytes(12).toString("base64url")}` };
    const res = await client.call("updateProfile", UPDATE, { input });
    if (res.data?.updateProfile) {
      const { name, bio } = res.data.updateProfile;
      if (name !== input.name || bio !== input.bio) metrics.error("updateProfile", "ECHO_MISMATCH", false);
      ctx.ledger.profiles.set(acc.id, { ...input, uncertain: false });
      ctx.ledger.profileUpdates += 1;
    } else if (res.lost) {
      const known = ctx.ledger.profiles.get(acc.id);
      if (known) known.uncertain = true;
    }
    return true;
  }

  async function uploadAvatar(acc: Account) {
    if (!budget.take("upload.user", acc.id)) return false;
    const image = ctx.avatars[randomInt(ctx.avatars.length)];
    const form = () => {
      const data = new FormData();
      data.set("operations", JSON.stringify({ query: UPLOAD, variables: { file: null } }));
      data.set("map", JSON.stringify({ 0: ["variables.file"] }));
      data.set("0", new Blob([new Uint8Array(image)], { type: "image/png" }), "avatar.png");
      return data;
    };
    const res = await client.call("uploadAvatar", UPLOAD, {}, { form });
    if (res.data?.uploadAvatar) ctx.ledger.avatars += 1;
    return true;
  }

  while (!over(ctx)) {
    if (!account) {
      await signUp();
      await think(ctx);
      continue;
    }
    const acc = account;
    const op = pick(ctx.weights);
    const done =
      op === "me"
        ? await me(acc)
        : op === "updateProfile"
          ? await updateProfile(acc)
          : op === "refresh"
            ? await refresh(acc)
            : op === "login"
              ? await login(acc)
              : op === "upload"
                ? await uploadAvatar(acc)
                : ((account = undefined), true);
    if (!done) await me(acc);
    await think(ctx);
  }
}

export async function runAdminClient(client: VirtualClient, ctx: WorkloadContext): Promise<void> {
  const budget = new RateBudget(ctx.rateLimits);
  let signedIn = false;
  while (!over(ctx)) {
    if (!signedIn) {
      if (
        !budget.takeAll([
          ["login.ip", client.ip],
          ["login.account", "admin"],
        ])
      )
        return void (await sleep(1000));
      const res = await client.call("login(admin)", LOGIN, { identifier: ctx.admin.email, password: ctx.admin.password });
      signedIn = Boolean(res.data?.login);
      continue;
    }
    const orderBy = pick({ CREATED_AT_DESC: 4, CREATED_AT_ASC: 1, USERNAME_ASC: 2, LAST_LOGIN_DESC: 2 });
    const filter = pick({ none: 5, search: 2, verified: 1 });
    const variables: Record<string, unknown> = {
      first: 20,
      orderBy,
      filter: filter === "search" ? { search: `lt${ctx.runTag}c${randomInt(1000)}` } : filter === "verified" ? { emailVerified: true } : undefined,
    };
    let res = await client.call("users", USERS, variables);
    if (res.data?.users?.pageInfo?.hasNextPage && Math.random() < 0.3) {
      res = await client.call("users(page2)", USERS, { ...variables, after: res.data.users.pageInfo.endCursor });
    }
    if (res.data?.users) ctx.ledger.adminLists += 1;
    if (res.code === "UNAUTHENTICATED") signedIn = false;
    await think(ctx);
  }
}
