import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { Alert, Box, Button, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { Confirm, useCreatePath, useGetOne, useLocale, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDate, formatNumber } from '@/domain/format';
import { useSendOutbox } from '@/layout/useOutboxSender';
import { outbox, type OfflineResource, type OutboxEntry } from '@/providers/outbox';
import { REPLACES_PARAM } from './useCreateOptions';
import { useOutbox } from './useOutbox';

const KpiName = ({ kpiId }: { kpiId: unknown }) => {
  const { data } = useGetOne<{ id: number; name: string }>('kpis', { id: Number(kpiId) }, { enabled: typeof kpiId === 'number', retry: false });
  return <>{data?.name ?? `#${String(kpiId)}`}</>;
};

/** What the record is, in a line: a session's title, date and people; a measurement's KPI, date and value. */
const Summary = ({ entry }: { entry: OutboxEntry }) => {
  const locale = useLocale();
  const { data } = entry;
  const date = typeof data.date === 'string' ? formatDate(data.date, locale) : '';
  if (entry.resource === 'trainings') return <>{`${String(data.title ?? '')} · ${date} · ${formatNumber(Number(data.participants), locale)}`}</>;
  return (
    <>
      <KpiName kpiId={data.kpiId} /> {`· ${date} · ${formatNumber(Number(data.value), locale)}`}
    </>
  );
};

const Entry = ({ entry, onDiscard }: { entry: OutboxEntry; onDiscard: (entry: OutboxEntry) => void }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  const refused = entry.status === 'refused';
  const problems = Object.entries(entry.refusal?.errors ?? {}).map(([field, message]) => `${translate(`resources.${entry.resource}.fields.${field}`, { _: field })}: ${message}`);
  return (
    <ListItem
      divider
      sx={{ flexWrap: 'wrap', gap: 1 }}
    >
      <ListItemText
        primary={<Summary entry={entry} />}
        secondary={
          <>
            {translate('app.outbox.recorded_at', { date: formatDate(entry.recordedAt.slice(0, 10), locale) })}
            {refused && ` — ${entry.refusal?.message ?? ''}${problems.length ? ` (${problems.join('; ')})` : ''}`}
          </>
        }
      />
      <Stack direction="row" spacing={1} alignItems="center">
        <Chip size="small" color={refused ? 'error' : 'warning'} label={translate(refused ? 'app.outbox.refused' : 'app.outbox.waiting')} />
        {refused && (
          <Button
            size="small"
            component={Link}
            to={`${createPath({ resource: entry.resource, type: 'create' })}?${new URLSearchParams({ source: JSON.stringify(entry.data), [REPLACES_PARAM]: entry.key })}`}
          >
            {translate('ra.action.edit')}
          </Button>
        )}
        <Button size="small" color="error" onClick={() => onDiscard(entry)}>
          {translate('app.outbox.discard')}
        </Button>
      </Stack>
    </ListItem>
  );
};

/** The records of `resource` kept on this device, waiting to be sent or refused by the API, above its list. */
export const OutboxPanel = ({ resource }: { resource: OfflineResource }) => {
  const translate = useTranslate();
  const entries = useOutbox(resource);
  const send = useSendOutbox();
  const [discarding, setDiscarding] = useState<OutboxEntry>();
  const titleId = useId();
  if (!entries.length) return null;
  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mt: 2 }}>
      <Alert
        severity="warning"
        icon={<CloudUploadIcon />}
        action={
          <Button color="inherit" size="small" onClick={send}>
            {translate('app.outbox.send_now')}
          </Button>
        }
      >
        <Typography id={titleId} component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate('app.outbox.title')} ({entries.length})
        </Typography>
        {translate('app.outbox.intro')}
      </Alert>
      <List dense aria-labelledby={titleId}>
        {entries.map((entry) => (
          <Entry key={entry.key} entry={entry} onDiscard={setDiscarding} />
        ))}
      </List>
      <Confirm
        isOpen={discarding !== undefined}
        title="app.outbox.discard"
        content="app.outbox.discard_confirm"
        onConfirm={() => {
          if (discarding) void outbox.remove(discarding.key);
          setDiscarding(undefined);
        }}
        onClose={() => setDiscarding(undefined)}
      />
    </Box>
  );
};
