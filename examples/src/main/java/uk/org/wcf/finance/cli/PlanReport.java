package uk.org.wcf.finance.cli;

import java.util.List;
import java.util.function.Predicate;

import org.joda.money.Money;

import uk.org.wcf.finance.budget.BudgetBook;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.RoundingPolicy;
import uk.org.wcf.finance.plan.BridgeLine;
import uk.org.wcf.finance.plan.Driver;
import uk.org.wcf.finance.plan.Plan;
import uk.org.wcf.finance.report.FigureFormat;
import uk.org.wcf.finance.report.RoundedTable;
import uk.org.wcf.finance.report.TableText;
import uk.org.wcf.finance.structure.Service;

/** Prints a plan's bridges, and what its stated assumptions explain of each change. */
final class PlanReport {

    private PlanReport() {
    }

    static String bridges(Plan plan, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        List<BudgetBook> years = plan.years();
        for (int k = 0; k < years.size(); k++) {
            BudgetBook year = years.get(k);
            List<BridgeLine> steps = plan.bridge(year.year());
            if (k == 0 && steps.isEmpty()) {
                continue;
            }
            RoundedTable t = plan.bridgeTable(year.year()).round(RoundingPolicy.THOUSANDS);
            sb.append(markdown ? TableText.markdown(t) : TableText.text(t));
            if (steps.stream().anyMatch(b -> b.driver() == Driver.OTHER)) {
                sb.append(markdown ? "\n" : "")
                        .append("What the stated assumptions explain of each change (£000, one decimal):\n");
                for (Service s : year.services()) {
                    Money change = t.table().value(s.ref(), "this_year").minus(t.table().value(s.ref(), "previous"));
                    Money other = sum(steps, b -> b.service().equals(s) && b.driver() == Driver.OTHER);
                    sb.append(markdown ? "- " : "  ").append(s.name()).append(": change ").append(tenths(change))
                            .append("; explained by the stated assumptions ").append(tenths(change.minus(other)))
                            .append("; not itemised ").append(tenths(other)).append('\n');
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Money sum(List<BridgeLine> steps, Predicate<BridgeLine> filter) {
        return Gbp.sum(steps.stream().filter(filter).map(BridgeLine::amount));
    }

    private static String tenths(Money amount) {
        return FigureFormat.PRINTED.format(RoundingPolicy.THOUSANDS.round(Gbp.inThousands(amount), 1));
    }
}
