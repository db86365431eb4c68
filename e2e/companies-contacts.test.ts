import { describe, expect, it } from "vitest";
import { postFromPage } from "./support/api.ts";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage } from "./support/check-page.ts";
import { signUpAndOnboard } from "./support/sign-up.ts";

describe("companies and contacts in Chromium", () => {
  const session = browserSessionForSuite();

  it("adds a company and a contact, edits both, and deletes the contact", async () => {
    const { page, server, cspViolations } = session();
    await signUpAndOnboard(page, server, { name: "Inès", roleFamilies: ["User research"] });

    // Companies: the nav leads there; an unsafe website is refused next to its field.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Companies" }).click();
    await page.getByRole("heading", { level: 1, name: "Companies" }).waitFor();
    await checkPage(page, "companies-empty");
    const addCompany = page.getByRole("region", { name: "Add a company" });
    await addCompany.getByLabel("Name").fill("Northwind Studio");
    await addCompany.getByLabel("Website").fill("javascript:alert(1)");
    await addCompany.getByRole("button", { name: "Add company" }).click();
    await expect(addCompany.locator(".field-error").first().textContent()).resolves.toContain("Website must be");
    await addCompany.getByLabel("Website").fill("https://northwind.example.com");
    await addCompany.getByLabel("Industry").fill("Design tools");
    await addCompany.getByRole("button", { name: "Add company" }).click();
    await addCompany.getByText("Added Northwind Studio.").waitFor();
    const list = page.getByRole("region", { name: "Your companies" });
    await list.getByRole("link", { name: "Northwind Studio" }).waitFor();
    expect(await list.textContent()).toContain("0 applications");

    // The same name in other letters is the same company.
    await addCompany.getByLabel("Name").fill("northwind STUDIO");
    await addCompany.getByRole("button", { name: "Add company" }).click();
    await expect(addCompany.locator(".field-error").first().textContent()).resolves.toContain(
      "already used by another of your companies",
    );
    await checkPage(page, "companies");

    // The company page: edit its details, add someone who works there.
    await list.getByRole("link", { name: "Northwind Studio" }).click();
    await page.getByRole("heading", { level: 1, name: "Northwind Studio" }).waitFor();

    // An application typed with the company's name in other letters lands at the same company.
    const { status } = await postFromPage(page, "/api/applications", {
      roleTitle: "Product Designer",
      companyName: "NORTHWIND studio",
      appliedOn: "2026-03-02",
    });
    expect(status).toBe(201);
    await page.reload();
    const applications = page.getByRole("region", { name: "Applications" });
    await applications.getByRole("link", { name: "Product Designer" }).waitFor();
    expect(await page.locator("main header").textContent()).toContain("1 application");
    const details = page.getByRole("region", { name: "Details" });
    await details.getByRole("button", { name: "Edit company" }).click();
    await details.getByLabel("Industry").fill("Design software");
    await details.getByLabel("Size").selectOption("51-200");
    await details.getByLabel("Notes").fill("Small **research** team.");
    await details.getByRole("button", { name: "Save company" }).click();
    await details.getByText("Company saved.").waitFor();
    expect(await details.textContent()).toContain("Design software");
    expect(await details.textContent()).toContain("51-200 people");
    await details.locator("strong", { hasText: "research" }).waitFor();

    const people = page.getByRole("region", { name: "People at Northwind Studio" });
    await people.getByText("Add someone at Northwind Studio").click();
    await people.getByLabel("Name").fill("Ada Lovelace");
    await people.getByLabel("Role").fill("Research Lead");
    await people.getByRole("button", { name: "Add contact" }).click();
    await people.getByRole("link", { name: "Ada Lovelace" }).waitFor();
    await checkPage(page, "company");

    // Contacts: a bad email is named; then a full contact at the company.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Contacts" }).click();
    await page.getByRole("heading", { level: 1, name: "Contacts" }).waitFor();
    const addContact = page.getByRole("region", { name: "Add a contact" });
    await addContact.getByLabel("Name").fill("Grace Hopper");
    await addContact.getByLabel("Email").fill("nope");
    await addContact.getByRole("button", { name: "Add contact" }).click();
    await expect(addContact.locator(".field-error").first().textContent()).resolves.toContain("Email must be");
    await addContact.getByLabel("Email").fill("grace@northwind.example.com");
    await addContact.getByLabel("Phone").fill("+49 (30) 123-4567");
    await addContact.getByLabel("Profile link").fill("https://profiles.example.com/grace");
    await addContact.getByLabel("Company").selectOption({ label: "Northwind Studio" });
    await addContact.getByRole("button", { name: "Add contact" }).click();
    await addContact.getByText("Added Grace Hopper.").waitFor();

    const contacts = page.getByRole("region", { name: "Your contacts" });
    await page.getByLabel("Search by name, email or role").fill("grace");
    await page.waitForURL("**/contacts?q=grace");
    await expect.poll(async () => contacts.getByRole("listitem").count()).toBe(1);
    await checkPage(page, "contacts");

    // The contact page: ways to reach them are links of the right kind.
    await contacts.getByRole("link", { name: "Grace Hopper" }).click();
    await page.getByRole("heading", { level: 1, name: "Grace Hopper" }).waitFor();
    const contactDetails = page.getByRole("region", { name: "Details" });
    await expect(
      contactDetails.getByRole("link", { name: "grace@northwind.example.com" }).getAttribute("href"),
    ).resolves.toBe("mailto:grace@northwind.example.com");
    await expect(contactDetails.getByRole("link", { name: "+49 (30) 123-4567" }).getAttribute("href")).resolves.toBe(
      "tel:+49301234567",
    );
    const profile = contactDetails.getByRole("link", { name: /profiles\.example\.com/ });
    await expect(profile.getAttribute("target")).resolves.toBe("_blank");
    await expect(profile.getAttribute("rel")).resolves.toBe("noopener noreferrer");
    await contactDetails.getByRole("link", { name: "Northwind Studio" }).waitFor();
    await checkPage(page, "contact");

    await contactDetails.getByRole("button", { name: "Edit contact" }).click();
    await contactDetails.getByLabel("Role").fill("Head of Design");
    await contactDetails.getByRole("button", { name: "Save contact" }).click();
    await contactDetails.getByText("Contact saved.").waitFor();
    expect(await page.locator("main header").textContent()).toContain("Head of Design at Northwind Studio");

    await page.getByRole("button", { name: "Delete contact" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete contact" }).click();
    await page.waitForURL("**/contacts");
    await page.getByRole("heading", { level: 1, name: "Contacts" }).waitFor();
    await page.getByRole("link", { name: "Ada Lovelace" }).waitFor();
    // The cached list may show her for a moment until the refetch lands.
    await expect.poll(async () => page.getByRole("link", { name: "Grace Hopper" }).count()).toBe(0);

    expect(cspViolations).toEqual([]);
  });
});
