/**
 * Outturn forecasting from monthly actuals (Apache Commons Math): run rate, shrunk profile, smoothing, shrunk
 * trend and a per-line automatic choice, each with a P10 to P90 range calibrated on backtests of the history and
 * never an impossible outturn; a seeded Monte Carlo for demand-led lines; backtests that measure the methods.
 * The only package where floating point is used, for statistics; results are money rounded once.
 */
package uk.org.wcf.finance.forecast;
