/**
 * Outturn forecasting from monthly actuals (Apache Commons Math): run rate, seasonal profile, OLS trend with a
 * prediction interval, and a seeded Monte Carlo for demand-led lines; backtests to choose a method on evidence.
 * The only package where floating point is used, for statistics; results are money rounded once.
 */
package uk.org.wcf.finance.forecast;
