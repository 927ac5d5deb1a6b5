/**
 * Charts of the model with JFreeChart (SVG through JFreeSVG), written as PNG or SVG: variance by line, the bridge as a waterfall, the plan
 * by directorate and the DSG reserve over time.
 */
package uk.org.wcf.finance.chart;
