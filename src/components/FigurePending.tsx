import { Alert, Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Stands in for a figure still loading, or says why it could not be had (with the fields the API named). */
export const FigurePending = ({ error, height }: { error: unknown; height: number }) => {
  const translate = useTranslate();
  if (!error) return <Skeleton variant="rectangular" height={height} />;
  const { message, body } = error as { message?: string; body?: { errors?: Record<string, string> } };
  const fields = Object.entries(body?.errors ?? {}).map(([field, problem]) => `${field}: ${problem}`);
  return (
    <Alert severity="error" role="alert">
      {translate('app.dashboard.unavailable')} {[message, ...fields].filter(Boolean).join(' — ')}
    </Alert>
  );
};
