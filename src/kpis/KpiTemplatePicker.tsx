import { Box, Chip, Typography } from '@mui/material';
import { useFormContext } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { KPI_TEMPLATES } from '@/domain/kpiTemplates';

/** Fills name, kind, unit, unit kind and direction from one of the usual public-service indicators. */
export const KpiTemplatePicker = () => {
  const { setValue } = useFormContext();
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2 }}>
      <Typography component="legend" variant="body2" sx={{ mb: 1 }}>
        {translate('app.kpi.templates')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {KPI_TEMPLATES.map((template) => (
          <Chip
            key={template.id}
            label={translate(`app.kpi.template.${template.id}`)}
            onClick={() => {
              setValue('name', translate(`app.kpi.template.${template.id}`), { shouldDirty: true, shouldValidate: true });
              setValue('kind', template.kind, { shouldDirty: true });
              setValue('unit', template.unit, { shouldDirty: true });
              setValue('unitKind', template.unitKind, { shouldDirty: true });
              setValue('scaleMax', null, { shouldDirty: true });
              setValue('direction', template.direction, { shouldDirty: true });
            }}
            variant="outlined"
            clickable
          />
        ))}
      </Box>
    </Box>
  );
};
