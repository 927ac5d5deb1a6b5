/**
 * The wcf-finance model and its rules: exact money and rounding, the fiscal calendar, the service and funding
 * structure, budget books and the published tables built from them. No file I/O.
 */
module uk.org.wcf.finance.core {
    requires transitive org.joda.money;
    requires org.slf4j;
    requires commons.math3;

    exports uk.org.wcf.finance.money;
    exports uk.org.wcf.finance.time;
    exports uk.org.wcf.finance.structure;
    exports uk.org.wcf.finance.budget;
    exports uk.org.wcf.finance.report;
    exports uk.org.wcf.finance.plan;
    exports uk.org.wcf.finance.monitor;
    exports uk.org.wcf.finance.dsg;
    exports uk.org.wcf.finance.reserve;
    exports uk.org.wcf.finance.ledger;
    exports uk.org.wcf.finance.kpi;
    exports uk.org.wcf.finance.accounts;
    exports uk.org.wcf.finance.forecast;
    exports uk.org.wcf.finance.cash;
    exports uk.org.wcf.finance.s251;
    exports uk.org.wcf.finance.returns;
}
