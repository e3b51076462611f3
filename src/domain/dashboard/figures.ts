/** The dashboard's figures by name: one dispatcher for the API and for the tests' network double. */
import type { AdoptionOverTime, CandidatesPage, DashboardFacets, DashboardFilter, HeadlineFigures, IsoDate, ReadinessMatrix, TrainingAndFeedback } from '../types';
import { adoptionOverTime, type AdoptionOptions } from './adoption';
import { generalizationCandidates, type CandidateOptions } from './candidates';
import { headlineFigures } from './headline';
import { readinessMatrix } from './matrix';
import { facetsOf, type Portfolio } from './portfolio';
import { trainingAndFeedback } from './trainingFeedback';

/** The dashboard's figures by name, as `GET /api/dashboard/<figure>` serves them. */
export interface DashboardFigures {
  headline: HeadlineFigures;
  adoption: AdoptionOverTime;
  matrix: ReadinessMatrix;
  candidates: CandidatesPage;
  training: TrainingAndFeedback;
  facets: DashboardFacets;
}
export type DashboardFigure = keyof DashboardFigures;
export const DASHBOARD_FIGURES: readonly DashboardFigure[] = ['headline', 'adoption', 'matrix', 'candidates', 'training', 'facets'];

export interface FigureQuery {
  filter: DashboardFilter;
  adoption: AdoptionOptions;
  candidates: CandidateOptions;
}

/** One figure of the portfolio, by name. */
export function dashboardFigure(portfolio: Portfolio, figure: DashboardFigure, query: FigureQuery, today: IsoDate): DashboardFigures[DashboardFigure] {
  switch (figure) {
    case 'headline':
      return headlineFigures(portfolio, query.filter, today);
    case 'adoption':
      return adoptionOverTime(portfolio, query.filter, today, query.adoption);
    case 'matrix':
      return readinessMatrix(portfolio, query.filter);
    case 'candidates':
      return generalizationCandidates(portfolio, query.filter, query.candidates);
    case 'training':
      return trainingAndFeedback(portfolio, query.filter, today);
    case 'facets':
      return facetsOf(portfolio.pilots);
  }
}
