// A day as the reader's locale writes it ("5 Jan 2023", "5 janv. 2023").
import { t } from './i18n.ts';

export function formatDate(iso: string | null): string {
  if (!iso) return t('cardDateUnknown');
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}
