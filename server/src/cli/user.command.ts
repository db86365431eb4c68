import { randomBytes } from "node:crypto";
import { type Command, InvalidArgumentError } from "commander";
import type { z } from "zod";
import { email as emailSchema, password as passwordSchema } from "../../../contract/common.ts";
import { withServices } from "./with-database.ts";

const parseWith =
  <T>(schema: z.ZodType<T>, what: string) =>
  (value: string): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new InvalidArgumentError(`${what} ${parsed.error.issues[0]?.message ?? "is invalid"}.`);
    return parsed.data;
  };

/** A password people can type: four groups of random letters and digits. */
const generatePassword = () =>
  Array.from({ length: 4 }, () => randomBytes(6).toString("base64url").replace(/[-_]/g, "x").slice(0, 5)).join("-");

/** `debrief user create` and `debrief user reset-password`. */
export function registerUserCommands(program: Command): void {
  const user = program.command("user").description("manage accounts on this server");

  user
    .command("create")
    .description("create an account (the first account becomes the owner); bypasses the registration mode")
    .requiredOption("--email <email>", "sign-in email", parseWith(emailSchema, "--email"))
    .option("--name <name>", "display name", "")
    .option(
      "--password <password>",
      "password (min 10 characters); generated and printed when omitted",
      parseWith(passwordSchema, "--password"),
    )
    .action(async (options: { email: string; name: string; password?: string }) => {
      const password = options.password ?? generatePassword();
      await withServices(async (services) => {
        const created = await services.auth.createAccount(
          { email: options.email, displayName: options.name, password },
          { enforceRegistrationMode: false },
        );
        console.log(`Created ${created.role} account ${created.email}.`);
        if (!options.password) console.log(`Password: ${password}`);
      });
    });

  user
    .command("reset-password")
    .description("set a new password for an account and sign out all its sessions")
    .requiredOption("--email <email>", "the account's email", parseWith(emailSchema, "--email"))
    .option(
      "--password <password>",
      "the new password; generated and printed when omitted",
      parseWith(passwordSchema, "--password"),
    )
    .action(async (options: { email: string; password?: string }) => {
      const password = options.password ?? generatePassword();
      await withServices((services) => services.passwords.reset(options.email, password));
      console.log(`Password reset for ${options.email}; all its sessions were signed out.`);
      if (!options.password) console.log(`New password: ${password}`);
    });
}
