import { setFlagsFromString } from "node:v8";

// V8 sizes its heap for throughput: under a steady load the old generation fills with
// promoted garbage up to ~4× the live set before its next full collection, and idles there.
// For a service whose live set is ~30 MB that is 60–100 MB of RSS paid for a few per cent of
// speed. This flag only changes when V8 collects and how far it lets the heap grow (read at
// each collection, so setting it at start works); measured in the README (issue #18).
// Imported first by server.ts and by the built entry (launcher.ts), before the app is loaded.
setFlagsFromString("--optimize-for-size");
