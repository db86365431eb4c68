import type { Company } from "../../../../contract/companies.ts";
import { DirectoryPage } from "../../ui/DirectoryPage.tsx";
import { useSearchParam } from "../../ui/use-search-param.ts";
import { useCompanyList } from "./companies-queries.ts";
import { CompanyForm } from "./components/CompanyForm.tsx";
import { CompanyList } from "./components/CompanyList.tsx";

/** /companies: every company by name, with how many applications each has, and a form to add one. */
export function CompaniesPage() {
  const [q, setQ] = useSearchParam();
  const list = useCompanyList(q);
  return (
    <DirectoryPage<Company>
      title="Companies"
      lead="Everywhere you have applied or would like to. Companies are also added for you when you type a new name on an application."
      noun={{ one: "company", many: "companies" }}
      searchLabel="Search companies"
      q={q}
      onSearch={setQ}
      list={list}
      renderList={(companies) => <CompanyList companies={companies} />}
      renderAddForm={(events) => <CompanyForm mode="create" {...events} />}
    />
  );
}
