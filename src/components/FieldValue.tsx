/**
 * One field's value as a person reads it, for any resource: enum values and booleans translated,
 * dates in the language's way, a reference as the name of the record it points to. Used where
 * records are shown generically (the activity screen, the conflict dialog).
 */
import { useGetManyAggregate, useGetRecordRepresentation, useLocale, useTranslate } from 'react-admin';
import { formatDate, formatNumber } from '@/domain/format';
import { SCHEMAS } from '@/domain/schema';
import type { StoredResource } from '@/domain/types';

const isStoredResource = (resource: string): resource is StoredResource => Object.hasOwn(SCHEMAS, resource);

/** The name of the record `id` of `reference` (its `recordRepresentation`), or its id while loading. */
export const RecordName = ({ reference, id }: { reference: string; id: number }) => {
  const { data } = useGetManyAggregate(reference, { ids: [id] });
  const represent = useGetRecordRepresentation(reference);
  const record = data?.[0];
  return <>{record ? represent(record) : `#${id}`}</>;
};

export const FieldValue = ({ resource, field, value }: { resource: string; field: string; value: unknown }) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (value === null || value === undefined || value === '') return <>∅</>;
  const spec = isStoredResource(resource) ? SCHEMAS[resource][field] : undefined;
  if (typeof value === 'boolean') return <>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</>;
  if (spec?.type === 'reference' && typeof value === 'number') return <RecordName reference={spec.reference} id={value} />;
  if (field === 'role' && typeof value === 'string') return <>{translate(`app.roles.${value}`, { _: value })}</>;
  if (spec?.type === 'enum' && typeof value === 'string') return <>{translate(`app.choices.${field}.${value}`, { _: value })}</>;
  if (spec?.type === 'date' && typeof value === 'string') return <>{formatDate(value, locale)}</>;
  if (typeof value === 'number') return <>{formatNumber(value, locale, 2)}</>;
  if (typeof value === 'object') return <>{translate('app.audit.computed_value')}</>;
  return <>{String(value)}</>;
};
