/** The wcf-finance command-line tool and runnable samples. */
module uk.org.wcf.finance.examples {
    requires uk.org.wcf.finance.io;
    requires info.picocli;

    opens uk.org.wcf.finance.cli to info.picocli;
}
