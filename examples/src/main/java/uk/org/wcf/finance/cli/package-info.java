/**
 * The {@code wcf-finance} command-line tool: one picocli command per job ({@code check}, {@code budget}, ...),
 * with the same options everywhere and exit codes 0 ok, 1 check failed, 2 bad usage or input.
 */
package uk.org.wcf.finance.cli;
