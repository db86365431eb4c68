import { useState } from "react";
import { defaultRoleFamilies } from "../../../../contract/me.ts";

/** The server's limits on the list (contract/me.ts), checked here so the picker can explain them. */
const maxNameLength = 80;
const maxSelected = 30;

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

export interface RoleFamilyChoices {
  /** Every name shown as a checkbox: the suggestions, then the person's own. */
  options: string[];
  /** The checked names, in the order shown (the server keeps that order). */
  selected: string[];
  isSelected(name: string): boolean;
  /** True for names the person added (these can be removed; suggestions can only be unchecked). */
  isOwn(name: string): boolean;
  toggle(name: string): void;
  /** Adds and checks a name; returns why it could not, or null. */
  add(name: string): string | null;
  remove(name: string): void;
}

/** State for the role family checkboxes, starting from the names the person already has. */
export function useRoleFamilyChoices(initial: readonly string[]): RoleFamilyChoices {
  const [options, setOptions] = useState<string[]>(() => {
    const own = initial.filter((name) => !defaultRoleFamilies.some((suggested) => sameName(suggested, name)));
    return [...defaultRoleFamilies, ...own];
  });
  const [checked, setChecked] = useState<string[]>(() =>
    options.filter((option) => initial.some((name) => sameName(name, option))),
  );

  const isSelected = (name: string) => checked.includes(name);
  const check = (name: string) => setChecked((current) => (current.includes(name) ? current : [...current, name]));

  return {
    options,
    selected: options.filter(isSelected),
    isSelected,
    isOwn: (name) => !defaultRoleFamilies.some((suggested) => sameName(suggested, name)),
    toggle(name) {
      if (isSelected(name)) setChecked((current) => current.filter((item) => item !== name));
      else check(name);
    },
    add(raw) {
      const name = raw.trim().replace(/\s+/g, " ");
      if (!name) return "Type the kind of role first.";
      if (name.length > maxNameLength) return `Keep it to ${maxNameLength} characters or fewer.`;
      if (checked.length >= maxSelected) return `You can list up to ${maxSelected} kinds of roles.`;
      const existing = options.find((option) => sameName(option, name));
      if (existing) {
        if (isSelected(existing)) return `“${existing}” is already on your list.`;
        check(existing);
        return null;
      }
      setOptions((current) => [...current, name]);
      check(name);
      return null;
    },
    remove(name) {
      setOptions((current) => current.filter((item) => item !== name));
      setChecked((current) => current.filter((item) => item !== name));
    },
  };
}
