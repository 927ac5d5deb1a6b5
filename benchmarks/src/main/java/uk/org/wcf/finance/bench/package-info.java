/**
 * JMH benchmarks of the library: ledger parsing and aggregation, a monitoring report, a plan recompute and a
 * Monte Carlo outturn. Run with {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package uk.org.wcf.finance.bench;
