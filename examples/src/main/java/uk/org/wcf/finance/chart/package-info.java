/**
 * Charts of the model with JFreeChart (SVG through JFreeSVG), written as PNG or SVG: variance by line, the bridge as a waterfall, the plan
 * by directorate and the DSG reserve over time ({@code Charts}); a DSG management plan ({@code DsgPlanCharts}), a forecast
 * backtest ({@code ForecastCharts}) and an s251 ranking ({@code S251Charts}), each family in its own class, all in one
 * house look ({@code ChartStyle}).
 */
package uk.org.wcf.finance.chart;
