#!/usr/bin/env node
// The `debrief` command. The server is TypeScript run through tsx, so there is no build step
// between `npm install` and `npm start`.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../server/src/cli/main.ts");
process.exitCode = await runCli(process.argv);
