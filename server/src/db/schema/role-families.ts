/** The kinds of roles a person is looking for (user research, UX design…), in their order. */
export interface RoleFamiliesTable {
  id: string;
  user_id: string;
  name: string;
  position: number;
  created_at: string;
}
