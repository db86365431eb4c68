import type { Command } from "commander";
import type { UserResponse } from "../../../contract/auth.ts";
import { loadRemoteConfig } from "../config.ts";

/**
 * `debrief whoami`: checks a personal access token against a (possibly remote) server. The
 * pattern for every remote command: flags or DEBRIEF_SERVER / DEBRIEF_TOKEN, Bearer auth.
 */
export function registerWhoamiCommand(program: Command): void {
  program
    .command("whoami")
    .description("show which account a personal access token belongs to, on a local or remote server")
    .option("--server <url>", "server URL (default: DEBRIEF_SERVER, else this machine's PUBLIC_URL)")
    .option("--token <token>", "personal access token (default: DEBRIEF_TOKEN)")
    .action(async (options: { server?: string; token?: string }) => {
      const remote = loadRemoteConfig(options);
      if (!remote.token)
        throw new Error("No token: pass --token or set DEBRIEF_TOKEN (create one in Settings → Access tokens).");
      let response: Response;
      try {
        response = await fetch(`${remote.server}/api/me`, { headers: { authorization: `Bearer ${remote.token}` } });
      } catch (error) {
        throw new Error(`Could not reach ${remote.server}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (response.status === 401) throw new Error(`The server at ${remote.server} does not accept this token.`);
      if (!response.ok) throw new Error(`The server at ${remote.server} answered ${response.status}.`);
      const { user } = (await response.json()) as UserResponse;
      console.log(`${user.displayName || "(no name)"} <${user.email}>, ${user.role}, on ${remote.server}`);
    });
}
