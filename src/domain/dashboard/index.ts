/** The executive dashboard's aggregates: pure functions of the portfolio, served by the API. */
export { adoptionOverTime, meanSeries, DEFAULT_PILOT_LINES, MAX_PILOT_LINES, type AdoptionOptions } from './adoption';
export { CANDIDATE_RANKINGS, candidateOf, generalizationCandidates, type CandidateOptions, type CandidateRanking } from './candidates';
export { asOfDay, headlineFigures } from './headline';
export { MATRIX_POINTS, QUADRANT_SPLIT, quadrantOf, readinessMatrix } from './matrix';
export { adoptionAt, adoptionOf, buildPortfolio, updatePortfolio, recordsByPilot, firstRanked, effectsOf, latestOfKpi, measurementsOfKpi, packActivity, packMeasurements, unpackActivity, facetsOf, forecastOf, projectionOf, simulationEvidenceFrom, isUnderWay, selectPilots, stageAt, type DashboardSources, type PilotRecords, type Portfolio } from './portfolio';
export { COVERAGE_ROWS, TREND_QUARTERS, trainingAndFeedback } from './trainingFeedback';
export { DASHBOARD_FIGURES, dashboardFigure, type DashboardFigure, type DashboardFigures, type FigureQuery } from './figures';
