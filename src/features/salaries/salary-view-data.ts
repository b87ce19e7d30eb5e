import { FIGURES, getFigure } from '../../data/figures';
import { buildLadderData, buildOpeningsData, buildSeniorPayData } from './chart-data';
import { computeOpeningsRatio, computeSeniorPremium } from './derived-figures';

// Computed once from the dataset when the module loads; the page only lays them out.
export const OPENINGS_ROWS = buildOpeningsData(FIGURES);
export const SENIOR_PAY_ROWS = buildSeniorPayData(FIGURES);
export const LADDER_ROWS = buildLadderData(FIGURES);
export const SENIOR_PREMIUM = computeSeniorPremium(
  getFigure('go-senior-median'),
  getFigure('rust-senior-median'),
);
export const OPENINGS_RATIO = computeOpeningsRatio(
  getFigure('go-openings'),
  getFigure('rust-openings'),
);
