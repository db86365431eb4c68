import { type Command, InvalidArgumentError } from "commander";
import { withServices } from "./with-database.ts";

/**
 * `debrief password-sign-in on|off`: the escape hatch. If the only identity provider breaks
 * while password sign-in is off, whoever runs the server turns passwords back on here.
 */
export function registerPasswordSignInCommand(program: Command): void {
  program
    .command("password-sign-in")
    .description("turn signing in with a password on or off (on is the way back in if a provider breaks)")
    .argument("<state>", "on or off", (value: string) => {
      if (value !== "on" && value !== "off") throw new InvalidArgumentError("must be on or off.");
      return value;
    })
    .action(async (state: "on" | "off") => {
      await withServices((services) => services.instance.setPasswordSignIn(state === "on"));
      console.log(
        state === "on"
          ? "Password sign-in is on: people can sign in and register with a password again."
          : "Password sign-in is off: people sign in through the identity providers only.",
      );
    });
}
