/** The wcf-finance command-line tool, charts, notebooks and runnable samples. */
module uk.org.wcf.finance.examples {
    requires transitive uk.org.wcf.finance.io;
    requires transitive org.jfree.jfreechart;
    requires org.jfree.svg;
    requires uk.org.wcf.finance.store;
    requires transitive java.desktop;
    requires info.picocli;
    requires transitive jdk.jshell;
    requires jjava.jupyter;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports uk.org.wcf.finance.chart;
    exports uk.org.wcf.finance.notebook;

    opens uk.org.wcf.finance.cli to info.picocli;
}
