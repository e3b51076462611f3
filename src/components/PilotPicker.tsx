import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { useGetList, useGetMany, useTranslate } from 'react-admin';
import type { Pilot } from '@/domain/types';

/** Picks up to `max` pilots by name; searches the API as the user types, and only then. */
export const PilotPicker = ({ value, onChange, max, label }: { value: number[]; onChange: (ids: number[]) => void; max: number; label: string }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const { data: chosen = [] } = useGetMany<Pilot>('pilots', { ids: value }, { enabled: value.length > 0 });
  const { data: found = [], isFetching } = useGetList<Pilot>(
    'pilots',
    { filter: search ? { q: search } : {}, pagination: { page: 1, perPage: 20 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: open },
  );
  const selected = value.map((id) => chosen.find((p) => p.id === id)).filter((p): p is Pilot => !!p);
  return (
    <Autocomplete
      multiple
      size="small"
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={found}
      loading={isFetching}
      value={selected}
      filterOptions={(options) => options}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionLabel={(pilot) => pilot.name}
      getOptionDisabled={() => value.length >= max}
      onInputChange={(_event, text) => setSearch(text)}
      onChange={(_event, pilots) => onChange(pilots.slice(0, max).map((p) => p.id))}
      noOptionsText={translate('ra.navigation.no_results')}
      renderInput={(params) => <TextField {...params} label={label} helperText={translate('app.dashboard.pick_up_to', { max })} />}
      sx={{ minWidth: 280, flex: 1 }}
    />
  );
};
