import { PageTitle } from "../../ui/PageTitle.tsx";
import { NameForm } from "./components/NameForm.tsx";
import { RoleFamiliesForm } from "./components/RoleFamiliesForm.tsx";

/** /settings: the person's name and the kinds of roles they are looking for. */
export function ProfileSettingsPage() {
  return (
    <>
      <PageTitle documentTitle="Profile · Settings">Profile</PageTitle>
      <section className="card" aria-labelledby="profile-name">
        <h2 id="profile-name">Name</h2>
        <NameForm />
      </section>
      <section className="card" aria-labelledby="profile-roles">
        <h2 id="profile-roles">Kinds of roles</h2>
        <RoleFamiliesForm />
      </section>
    </>
  );
}
