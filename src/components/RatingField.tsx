import { Rating } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** A 1-5 rating as stars, read out as "4 out of 5". */
export const RatingField = ({ source = 'rating' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as number | null | undefined;
  if (value === null || value === undefined) return null;
  return <Rating value={value} readOnly size="small" aria-label={translate('app.rating_out_of_5', { value })} />;
};
