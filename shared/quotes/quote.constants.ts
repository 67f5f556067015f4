/**
 * The quote vocabularies as plain arrays, with no schema library: the remote approval page imports
 * these (and only types from the quote schemas) so its bundle carries no validation code.
 */
export const QUOTE_TIERS = ['required', 'recommended', 'optional'] as const;
export const LINE_DECISIONS = ['approve', 'decline', 'defer'] as const;
export const PACKAGES = ['required', 'advised', 'everything'] as const;
/** MOT 9: the three options of a mid-repair (supplementary) quote; none is pre-selected. */
export const MOT9_OPTIONS = ['today', 'next_week', 'keep_driving'] as const;
export const QUOTE_KINDS = ['standard', 'supplementary'] as const;
export const QUOTE_STATUSES = ['draft', 'sent', 'decided', 'withdrawn'] as const;
export const QUOTE_WITHDRAW_REASONS = ['visit_delivered', 'staff'] as const;
export const LINE_CHANGE_KINDS = ['added', 'removed', 'price', 'changed'] as const;
