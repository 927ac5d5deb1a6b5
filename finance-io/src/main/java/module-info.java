/**
 * Files in and out for wcf-finance: CSV readers that point at the cell that is wrong, writers, and the
 * embedded WCF dataset ({@code WcfData}).
 */
module uk.org.wcf.finance.io {
    requires transitive uk.org.wcf.finance.core;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.poi;

    exports uk.org.wcf.finance.io;
    exports uk.org.wcf.finance.io.export;
    exports uk.org.wcf.finance.data;

}
