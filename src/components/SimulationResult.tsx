import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useDataProvider } from 'react-admin';
import { SCENARIO_SCHEMA } from '@/domain/schema';
import type { Scenario } from '@/domain/simulation';
import { checkFields } from '@/domain/validation';
import type { PilotTrackerDataProvider } from '@/providers/dataProvider';
import { FigurePending } from './FigurePending';
import { SimulationFigures } from './SimulationFigures';

/** The scenario typed in the form (under `prefix`), once it has been still for a moment and is valid. */
function useSettledScenario(prefix: string): Scenario | null {
  const values = useWatch({ name: [`${prefix}sites`, `${prefix}volumePerSite`, `${prefix}rolloutCostPerSite`] }) as unknown[];
  const [sites, volumePerSite, rolloutCostPerSite] = values;
  const [settled, setSettled] = useState<Scenario | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      const { record, problems } = checkFields(SCENARIO_SCHEMA, { sites, volumePerSite, rolloutCostPerSite });
      setSettled(Object.keys(problems).length ? null : (record as unknown as Scenario));
    }, 300);
    return () => clearTimeout(timer);
  }, [sites, volumePerSite, rolloutCostPerSite]);
  return settled;
}

/** What the API projects for the scenario in the form: the previous projection stays while the next one comes. */
export const SimulationResult = ({ pilotId, prefix = '' }: { pilotId: number; prefix?: string }) => {
  const dataProvider = useDataProvider<PilotTrackerDataProvider>();
  const scenario = useSettledScenario(prefix);
  const { data, error } = useQuery({
    queryKey: ['dashboard', 'simulation', pilotId, scenario],
    queryFn: () => dataProvider.simulateGeneralization(pilotId, scenario ?? undefined),
    enabled: scenario !== null,
    placeholderData: keepPreviousData,
  });
  if (!data) return <FigurePending error={error} height={200} />;
  return (
    <div aria-live="polite">
      <SimulationFigures simulation={data} />
    </div>
  );
};
