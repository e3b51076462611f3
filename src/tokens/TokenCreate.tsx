import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import { AutocompleteArrayInput, CheckboxGroupInput, Create, ReferenceArrayInput, SimpleForm, TextInput, required, useGetIdentity, useRedirect, useTranslate } from 'react-admin';
import { choicesOf } from '@/components/choices';
import { validatorsOf } from '@/components/schemaValidation';
import { TOKEN_SCHEMA } from '@/domain/schema';
import { TOKEN_SCOPES, type IntegrationToken } from '@/domain/types';

const scopeChoices = choicesOf('scope', TOKEN_SCOPES);

/** The secret, shown once: copy it now, it cannot be read again. */
const SecretDialog = ({ secret, onClose }: { secret: string; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} aria-labelledby="token-secret" fullWidth maxWidth="sm">
      <DialogTitle id="token-secret">{translate('app.token.secret_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('app.token.secret_once')}
        </Alert>
        <MuiTextField fullWidth label={translate('app.token.secret')} value={secret} slotProps={{ htmlInput: { readOnly: true } }} onFocus={(e) => e.target.select()} />
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={() => void navigator.clipboard?.writeText(secret)}>
          {translate('app.token.copy')}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {translate('app.token.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** A new token: a name, the pilots it records for (a manager's own), what it may record. */
export const TokenCreate = () => {
  const redirect = useRedirect();
  const { identity } = useGetIdentity();
  const [secret, setSecret] = useState<string | null>(null);
  const pilotFilter = identity && identity.role !== 'admin' ? { ownerId: identity.id } : {};
  return (
    <>
      <Create<IntegrationToken & { token?: string }> mutationOptions={{ onSuccess: (data) => setSecret(data.token ?? '') }}>
        <SimpleForm defaultValues={{ scopes: ['measurements'] }}>
          <TextInput source="name" validate={validatorsOf(TOKEN_SCHEMA, 'name')} helperText="app.token.name_help" />
          <ReferenceArrayInput source="pilotIds" reference="pilots" filter={pilotFilter} sort={{ field: 'name', order: 'ASC' }} perPage={1000}>
            <AutocompleteArrayInput validate={required()} />
          </ReferenceArrayInput>
          <CheckboxGroupInput source="scopes" choices={scopeChoices} validate={required()} />
        </SimpleForm>
      </Create>
      <Box>
        {secret !== null && (
          <SecretDialog
            secret={secret}
            onClose={() => {
              setSecret(null);
              redirect('list', 'tokens');
            }}
          />
        )}
      </Box>
    </>
  );
};
