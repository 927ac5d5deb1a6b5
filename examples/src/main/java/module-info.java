/** The wcf-finance command-line tool, charts, notebooks and runnable samples. */
module uk.org.wcf.finance.examples {
    requires transitive uk.org.wcf.finance.io;
    requires uk.org.wcf.finance.store;
    requires transitive org.knowm.xchart;
    requires transitive java.desktop;
    requires info.picocli;
    requires jdk.jshell;

    exports uk.org.wcf.finance.chart;
    exports uk.org.wcf.finance.notebook;

    opens uk.org.wcf.finance.cli to info.picocli;
}
