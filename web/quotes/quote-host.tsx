/**
 * What the quote decision needs from the page that shows it, so the same components serve the app's
 * quote screen and the remote link page without carrying either host's machinery into the other (the
 * app's mirror and shell never reach the link page's bundle): the center's time zone, and where
 * signing happens (a sheet in the app, the end of the page on the link).
 */
import { type Component, createContext, type JSX, useContext } from 'solid-js';
import type { Signature } from '@shared/quotes/authorization.schema.ts';
import type { DecideFields } from '@shared/quotes/decide-args.schema.ts';
import { formatDateTime } from '@shared/time.ts';
import { intlLocale } from '../i18n/i18n.ts';

/** A problem to show beside the signature when the decision was not taken; nothing when it was. */
export type SignResult = string | undefined;

/** The customer's choices and signature, ready to send; each host adds what it knows (quote id, record id). */
export type Decision = Omit<DecideFields, 'authorizationId'>;
export type OnDecide = (decision: Decision) => Promise<SignResult>;

export type SigningProps = {
  /** Every line (or the option) is chosen. */
  ready: boolean;
  /** What is being signed: the totals, or the chosen option and its price. */
  summary: () => JSX.Element;
  onSign: (signature: Signature) => Promise<SignResult>;
};

export type QuoteHost = { zone: () => string; Signing: Component<SigningProps> };

const HostContext = createContext<QuoteHost>();
export const QuoteHostProvider = HostContext.Provider;

export function useQuoteHost(): QuoteHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('the quote components need a QuoteHostProvider');
  return host;
}

/** Dates and times in the center's zone, in the customer's language. */
export function useCenterDates() {
  const host = useQuoteHost();
  return {
    date: (iso: string) => formatDateTime(iso, host.zone(), intlLocale(), false),
    dateTime: (iso: string) => formatDateTime(iso, host.zone(), intlLocale()),
  };
}
