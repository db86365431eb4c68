/** At most two follow-ups, a week apart (PRODUCT.md); the server's timing advice says the same. */
export const maxFollowUps = 2;
