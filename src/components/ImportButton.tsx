import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Link, Switch, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRefresh, useResourceContext, useStore, useTranslate } from 'react-admin';
import { parseCsv } from '@/domain/csv';
import { isImportable, type ImportReport, type ImportableResource } from '@/domain/imports';
import type { PilotTrackerDataProvider } from '@/providers/dataProvider';
import { ImportColumns, guessMapping } from './ImportColumns';
import { ImportReportView } from './ImportReportView';

interface Picked {
  file: File;
  columns: string[];
}

/**
 * Imports a CSV file into the list's resource, like Atomic CRM's importer: pick a file (or download
 * the template), match its columns to the fields (remembered per resource), check it (a dry run
 * with each problem by line and the first rows), then import it, all or nothing.
 */
export const ImportButton = () => {
  const resource = useResourceContext();
  const { canAccess = false } = useCanAccess({ resource: resource ?? '', action: 'create' });
  if (!resource || !isImportable(resource) || !canAccess) return null;
  return <ImportDialogButton resource={resource} />;
};

const ImportDialogButton = ({ resource }: { resource: ImportableResource }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<PilotTrackerDataProvider>();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [savedMapping, setSavedMapping] = useStore<Record<string, string>>(`import.mapping.${resource}`, {});
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [update, setUpdate] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const label = (field: string) => translate(`resources.${resource}.fields.${field}`, { _: field });

  const close = () => {
    setOpen(false);
    setPicked(null);
    setReport(null);
  };
  const pick = async (file: File | undefined) => {
    if (!file) return;
    const table = parseCsv(new Uint8Array(await file.arrayBuffer()), 1);
    const remembered = Object.fromEntries(Object.entries(savedMapping).filter(([, column]) => table.header.includes(column)));
    setPicked({ file, columns: table.header });
    setMapping({ ...guessMapping(resource, table.header, label), ...remembered });
    setReport(null);
  };
  const send = async (dryRun: boolean) => {
    if (!picked) return;
    setBusy(true);
    try {
      const result = await dataProvider.importCsv(resource, picked.file, { dryRun, update, mapping });
      setSavedMapping(mapping);
      if (dryRun) setReport(result);
      else {
        notify('app.import.done', { type: 'success', messageArgs: { create: result.create, update: result.update, unchanged: result.unchanged } });
        refresh();
        close();
      }
    } catch (error) {
      const body = (error as { body?: Partial<ImportReport> & { message?: string } }).body;
      if (body?.errors && Array.isArray(body.errors)) setReport(body as ImportReport);
      else notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const checked = report !== null && report.errors.length === 0;
  return (
    <>
      <Button size="small" startIcon={<UploadFileIcon />} onClick={() => setOpen(true)}>
        {translate('app.import.button')}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="md" aria-labelledby="import-title">
        <DialogTitle id="import-title">{translate('app.import.title', { name: translate(`resources.${resource}.name`, { smart_count: 2 }) })}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" gutterBottom>
            {translate('app.import.help')}{' '}
            <Link href={`/api/imports/${resource}/template`} download>
              {translate('app.import.template')}
            </Link>
          </Typography>
          <Box sx={{ my: 1 }}>
            <Button variant="outlined" component="label">
              {translate('app.import.choose')}
              <input hidden type="file" accept=".csv,text/csv" aria-label={translate('app.import.choose')} onChange={(e) => void pick(e.target.files?.[0])} />
            </Button>
            {picked && (
              <Typography component="span" variant="body2" sx={{ ml: 1 }}>
                {picked.file.name}
              </Typography>
            )}
          </Box>
          {picked && (
            <>
              <Typography variant="subtitle2" component="h3">
                {translate('app.import.columns')}
              </Typography>
              <ImportColumns resource={resource} columns={picked.columns} mapping={mapping} onChange={(next) => { setMapping(next); setReport(null); }} />
              <FormControlLabel control={<Switch checked={update} onChange={(e) => { setUpdate(e.target.checked); setReport(null); }} />} label={translate('app.import.update')} />
            </>
          )}
          {report && <ImportReportView resource={resource} report={report} />}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button onClick={() => void send(true)} disabled={!picked || busy}>
            {translate('app.import.check')}
          </Button>
          <Button variant="contained" onClick={() => void send(false)} disabled={!checked || busy}>
            {translate('app.import.import')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
