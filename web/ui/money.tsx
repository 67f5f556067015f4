import { formatFen } from '@shared/money.ts';

/** An amount in integer fen, shown in yuan for the current locale. */
export function Money(props: { fen: number; locale: string }) {
  return <span class="money">{formatFen(props.fen, props.locale)}</span>;
}
