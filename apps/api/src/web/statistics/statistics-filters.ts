import { IsOptional, Matches } from 'class-validator';
import type { ForceCode } from '#forces';
import { IsForceCode } from '../../validation/stor-validators.js';

/** Bounds the look-back so a typed-in number cannot ask for centuries of empty years. */
const MOST_YEARS = 20;
export const DEFAULT_YEARS = 3;

/** What the statistics page may be narrowed to, from its address (GET forms: bookmarkable, no JavaScript needed). */
export class StatisticsFilters {
  @IsOptional()
  @IsForceCode({ message: 'Choose a force from the list' })
  force?: ForceCode;

  @IsOptional()
  @Matches(/^([1-9]|1\d|20)$/, { message: `Enter a whole number of years from 1 to ${MOST_YEARS}` })
  years?: string;
}
