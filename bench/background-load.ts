// A scenario's background load (the logins under `me_during_login`) in a process of its own,
// so that the client measuring latency never waits behind the one making the background load.
// Run by run.ts: argv = scenario name, server URL, seconds; BENCH_FIXTURE names the fixture's JSON file.
import { readFileSync } from "node:fs";
import { runLoad } from "./load.ts";
import { buildScenarios, type BenchFixture } from "./scenarios.ts";

const [name, url, seconds] = process.argv.slice(2);
const fixture = JSON.parse(readFileSync(process.env.BENCH_FIXTURE!, "utf8")) as BenchFixture;
const background = buildScenarios(fixture).find((s) => s.name === name)?.background;
if (!background) throw new Error(`${name} has no background load`);
const running = runLoad({ ...background, url, seconds: Number(seconds) });
process.stderr.write("started\n"); // run.ts measures from here on, not while this process starts
process.stdout.write(JSON.stringify(await running));
