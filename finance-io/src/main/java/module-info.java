/**
 * Files in and out for wcf-finance: CSV readers that point at the cell that is wrong, writers, and the
 * embedded WCF dataset ({@code WcfData}). Only what a service embedding the library calls is exported; the CSV
 * reader, the YAML/JSON tree and the streaming ledger reader are plumbing in {@code uk.org.wcf.finance.io.internal}
 * packages, which no other module can reach.
 */
module uk.org.wcf.finance.io {
    requires transitive uk.org.wcf.finance.core;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.poi;

    // the formats a user calls: one reader/writer per file kind, ReadResult, Problem, InvalidInputException
    exports uk.org.wcf.finance.io;
    // the writers the formats share and a service may call for its own output: CSV, YAML/JSON, XLSX, HTML, and
    // AtomicFiles, which replaces a file whole or not at all
    exports uk.org.wcf.finance.io.write;
    // one exporter: what x format, as the CLI's export command writes it
    exports uk.org.wcf.finance.io.export;
    // the embedded WCF dataset
    exports uk.org.wcf.finance.data;
}
