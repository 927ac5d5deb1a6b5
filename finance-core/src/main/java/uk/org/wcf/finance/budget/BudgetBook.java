package uk.org.wcf.finance.budget;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.structure.CostLine;
import uk.org.wcf.finance.structure.FundingSource;
import uk.org.wcf.finance.structure.Service;
import uk.org.wcf.finance.structure.SubjectiveGroup;
import uk.org.wcf.finance.time.FiscalYear;
import uk.org.wcf.finance.time.MonthSpan;

// Over 400 lines: one value's whole vocabulary in one place: the record and its checks, the derived figures of
// Tables 1 and 4, the changed copies (with...), the declared parties and the nested Builder that
// BudgetBook.builder(year) returns; each part is short, and splitting the Builder out would rename a public type.
/**
 * A year's budget: gross expenditure by service and subjective group, income outside the contract, and the
 * funding passed through the council. Everything else is derived from these, exactly, by the identities of
 * Business Plan 2020/21, Tables 1 and 4:
 * <ul>
 *   <li>WCC gross contract sum = gross expenditure - income outside the contract;</li>
 *   <li>council base budget (net budget funded by WCC) = contract sum - pass-through funding;</li>
 *   <li>total external funding = income outside the contract + pass-through funding.</li>
 * </ul>
 * A book is immutable; {@code with...} methods return changed copies.
 *
 * @param year the financial year
 * @param span the months of the year the contract covers (six for the 2019/20 part-year)
 * @param status agreed or indicative
 * @param services the services, in reporting order
 * @param lines the gross expenditure budget lines, at most one per cost line
 * @param incomeOutsideContract income the company earns outside the contract
 * @param passThrough funding passed through the council, at most one line per source
 * @param parties whose budget it is and who commissions it, as the book declares them (for the tables' labels)
 */
public record BudgetBook(FiscalYear year, MonthSpan span, BudgetStatus status, List<Service> services,
        List<BudgetLine> lines, List<IncomeLine> incomeOutsideContract, List<FundingLine> passThrough, Parties parties) {

    /**
     * Whose budget a book is, and who commissions the contract it funds: the short names the tables put in their
     * labels ({@code WCF} and {@code WCC} in the embedded dataset: "WCC Gross Contract Sum"). A book that declares
     * neither gets neutral labels ("Gross Contract Sum"), never another organisation's.
     *
     * @param organisation the organisation whose budget it is, such as {@code WCF}, or empty
     * @param commissioner the council that commissions and funds the contract, such as {@code WCC}, or empty
     */
    public record Parties(String organisation, String commissioner) {
        /** Neither declared. */
        public static final Parties NONE = new Parties("", "");

        /**
         * Validates the names.
         *
         * @param organisation a name on one line, or empty (null is empty)
         * @param commissioner a name on one line, or empty (null is empty)
         */
        public Parties {
            organisation = oneLine("organisation", organisation);
            commissioner = oneLine("commissioner", commissioner);
        }

        // equals and hashCode as the record's own (RecordMethodsTest), written out: a record's are linked at first
        // use through ObjectMethods.bootstrap, method handles spun at run time that the class-data archive cannot
        // hold
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Parties p && organisation.equals(p.organisation)
                    && commissioner.equals(p.commissioner);
        }

        @Override
        public int hashCode() {
            return 31 * organisation.hashCode() + commissioner.hashCode();
        }

        private static String oneLine(String field, String name) {
            String t = name == null ? "" : name.strip();
            if (t.chars().anyMatch(Character::isISOControl)) {
                throw new FinanceRuleException(field, "'" + t + "'", "a name is one line of text");
            }
            return t;
        }
    }

    /**
     * Validates the book.
     *
     * @param year not null
     * @param span months within the year
     * @param status not null
     * @param services no two with the same reference or name
     * @param lines each on a listed service, no cost line twice
     * @param incomeOutsideContract no name twice
     * @param passThrough no source twice
     * @param parties not null ({@link Parties#NONE} when the book declares none)
     */
    public BudgetBook {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(status, "status");
        services = List.copyOf(services);
        lines = List.copyOf(lines);
        incomeOutsideContract = List.copyOf(incomeOutsideContract);
        passThrough = List.copyOf(passThrough);
        if (!year.months().contains(span.first()) || !year.months().contains(span.last())) {
            throw new FinanceRuleException("contract months of " + year, span, "must lie within the year");
        }
        Set<String> refs = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Service s : services) {
            if (!refs.add(s.ref()) || !names.add(s.name())) {
                throw new FinanceRuleException("service '" + s + "'", "listed twice",
                        "each service appears once in a budget book");
            }
        }
        Set<CostLine> seen = new HashSet<>();
        Set<Service> known = new HashSet<>(services);
        for (BudgetLine l : lines) {
            if (!known.contains(l.line().service())) {
                throw new FinanceRuleException("service of budget line '" + l.line() + "'",
                        "'" + l.line().service().name() + "'",
                        "unknown service; the book's services are " + services.stream().map(Service::name).toList());
            }
            if (!seen.add(l.line())) {
                throw new FinanceRuleException("budget line '" + l.line() + "'", "listed twice",
                        "each cost line appears once; add the amounts together or use a detail");
            }
        }
        Set<String> incomeNames = new HashSet<>();
        for (IncomeLine i : incomeOutsideContract) {
            if (!incomeNames.add(i.name())) {
                throw new FinanceRuleException("income line '" + i.name() + "'", "listed twice",
                        "each income line appears once");
            }
        }
        Set<FundingSource> sources = new HashSet<>();
        for (FundingLine f : passThrough) {
            if (!sources.add(f.source())) {
                throw new FinanceRuleException("funding source '" + f.source().name() + "'", "listed twice",
                        "each funding source appears once");
            }
        }
    }

    /**
     * A book that declares neither its organisation nor its commissioner.
     *
     * @param year not null
     * @param span months within the year
     * @param status not null
     * @param services no two with the same reference or name
     * @param lines each on a listed service, no cost line twice
     * @param incomeOutsideContract no name twice
     * @param passThrough no source twice
     */
    public BudgetBook(FiscalYear year, MonthSpan span, BudgetStatus status, List<Service> services,
            List<BudgetLine> lines, List<IncomeLine> incomeOutsideContract, List<FundingLine> passThrough) {
        this(year, span, status, services, lines, incomeOutsideContract, passThrough, Parties.NONE);
    }

    /**
     * Starts a book for a full financial year.
     *
     * @param year the year
     * @return a builder
     */
    public static Builder builder(FiscalYear year) {
        return new Builder(year);
    }

    // ---------------------------------------------------------------- derived figures

    /** @return total gross expenditure, the exact sum of the lines */
    public Money grossExpenditure() {
        return Gbp.sum(lines.stream().map(BudgetLine::amount));
    }

    /**
     * @param filter which cost lines to add
     * @return the exact sum of the matching lines
     */
    public Money gross(Predicate<CostLine> filter) {
        return Gbp.sum(lines.stream().filter(l -> filter.test(l.line())).map(BudgetLine::amount));
    }

    /**
     * @param service a service of the book
     * @return its gross expenditure
     */
    public Money grossOf(Service service) {
        requireService(service);
        return gross(l -> l.service().equals(service));
    }

    /** @return gross expenditure of every service, in one pass over the lines, in the book's service order */
    public Map<Service, Money> grossByService() {
        Map<Service, Money> out = new LinkedHashMap<>();
        for (Service s : services) {
            out.put(s, Gbp.zero());
        }
        for (BudgetLine l : lines) {
            out.merge(l.line().service(), l.amount(), Money::plus);
        }
        return out;
    }

    /**
     * @param service a service of the book
     * @param group a subjective group
     * @return the service's gross expenditure in the group
     */
    public Money grossOf(Service service, SubjectiveGroup group) {
        requireService(service);
        return gross(l -> l.service().equals(service) && l.group().equals(group));
    }

    /**
     * @param group a subjective group
     * @return gross expenditure in the group across all services
     */
    public Money grossOf(SubjectiveGroup group) {
        return gross(l -> l.group().equals(group));
    }

    /** @return the subjective groups used, standard ones first in published order */
    public List<SubjectiveGroup> groups() {
        Set<SubjectiveGroup> groups = new LinkedHashSet<>(SubjectiveGroup.PUBLISHED);
        for (BudgetLine l : lines) {
            groups.add(l.line().group());
        }
        return List.copyOf(groups);
    }

    /** @return total income outside the contract */
    public Money incomeOutsideContractTotal() {
        return Gbp.sum(incomeOutsideContract.stream().map(IncomeLine::amount));
    }

    /** @return the WCC gross contract sum: gross expenditure - income outside the contract */
    public Money contractSum() {
        return grossExpenditure().minus(incomeOutsideContractTotal());
    }

    /** @return total funding passed through the council */
    public Money passThroughTotal() {
        return Gbp.sum(passThrough.stream().map(FundingLine::amount));
    }

    /**
     * @param source a funding source
     * @return its pass-through amount, zero when the book has no line for it
     */
    public Money passThroughOf(FundingSource source) {
        for (FundingLine f : passThrough) {
            if (f.source().equals(source)) {
                return f.amount();
            }
        }
        return Gbp.zero();
    }

    /** @return the council base budget (net budget funded by WCC): contract sum - pass-through funding */
    public Money councilBaseBudget() {
        return contractSum().minus(passThroughTotal());
    }

    /** @return total external funding: income outside the contract + pass-through funding */
    public Money externalFunding() {
        return incomeOutsideContractTotal().plus(passThroughTotal());
    }

    /**
     * Finds a service by its reference or its name (case-insensitive).
     *
     * @param refOrName such as {@code A} or {@code Resources Directorate}
     * @return the service
     * @throws FinanceRuleException naming the known services when there is none
     */
    public Service service(String refOrName) {
        return findService(refOrName).orElseThrow(() -> new FinanceRuleException("service", "'" + refOrName + "'",
                "unknown service; known services are "
                        + services.stream().map(s -> s.ref() + " " + s.name()).toList()));
    }

    /**
     * @param refOrName a reference or name
     * @return the service, if the book has it
     */
    public Optional<Service> findService(String refOrName) {
        String key = refOrName == null ? "" : refOrName.strip();
        for (Service s : services) {
            if (s.ref().equalsIgnoreCase(key) || s.name().equalsIgnoreCase(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * @param line a cost line
     * @return its budget line, if the book has one
     */
    public Optional<BudgetLine> line(CostLine line) {
        return lines.stream().filter(l -> l.line().equals(line)).findFirst();
    }

    private void requireService(Service service) {
        if (!services.contains(service)) {
            throw new FinanceRuleException("service", "'" + service.name() + "'",
                    "not a service of the " + year + " budget book");
        }
    }

    // ---------------------------------------------------------------- changed copies

    /**
     * @param newYear the year
     * @param newSpan the contract months in it
     * @param newStatus the status
     * @return a copy for another year (lines unchanged)
     */
    public BudgetBook withYear(FiscalYear newYear, MonthSpan newSpan, BudgetStatus newStatus) {
        return new BudgetBook(newYear, newSpan, newStatus, services, lines, incomeOutsideContract, passThrough, parties);
    }

    /**
     * @param newLines the budget lines
     * @return a copy with other lines
     */
    public BudgetBook withLines(List<BudgetLine> newLines) {
        return new BudgetBook(year, span, status, services, newLines, incomeOutsideContract, passThrough, parties);
    }

    /**
     * Sets the amounts of cost lines, adding lines the book does not have yet.
     *
     * @param amounts new amounts by cost line
     * @return a copy with the amounts set
     */
    public BudgetBook withAmounts(Map<CostLine, Money> amounts) {
        Map<CostLine, Money> merged = new LinkedHashMap<>();
        lines.forEach(l -> merged.put(l.line(), l.amount()));
        merged.putAll(amounts);
        List<BudgetLine> out = new ArrayList<>();
        merged.forEach((k, v) -> out.add(BudgetLine.of(k, v)));
        return withLines(out);
    }

    /**
     * @param newPassThrough the funding lines
     * @return a copy with other pass-through funding
     */
    public BudgetBook withPassThrough(List<FundingLine> newPassThrough) {
        return new BudgetBook(year, span, status, services, lines, incomeOutsideContract, newPassThrough, parties);
    }

    /**
     * @param newIncome the income lines
     * @return a copy with other income outside the contract
     */
    public BudgetBook withIncomeOutsideContract(List<IncomeLine> newIncome) {
        return new BudgetBook(year, span, status, services, lines, newIncome, passThrough, parties);
    }

    /**
     * @param newParties whose budget it is and who commissions it
     * @return a copy that declares them
     */
    public BudgetBook withParties(Parties newParties) {
        return new BudgetBook(year, span, status, services, lines, incomeOutsideContract, passThrough, newParties);
    }

    /**
     * @return a short readable form, one line: year, status, size, gross expenditure and council base budget, exact;
     *         the summary table at £000, with its footing, is {@link uk.org.wcf.finance.report.BookSummary}
     */
    @Override
    public String toString() {
        return "BudgetBook[" + year + " " + status.name().toLowerCase(Locale.ROOT) + ", " + span.months() + " months, "
                + services.size() + " services, " + lines.size() + " lines, gross expenditure "
                + Gbp.readable(grossExpenditure()) + ", council base budget " + Gbp.readable(councilBaseBudget()) + "]";
    }

    /** Builds a budget book line by line. */
    public static final class Builder {
        private final FiscalYear year;
        private MonthSpan span;
        private BudgetStatus status = BudgetStatus.AGREED;
        private Parties parties = Parties.NONE;
        private final List<Service> services = new ArrayList<>();
        private final List<BudgetLine> lines = new ArrayList<>();
        private final List<IncomeLine> income = new ArrayList<>();
        private final List<FundingLine> funding = new ArrayList<>();

        private Builder(FiscalYear year) {
            this.year = Objects.requireNonNull(year, "year");
            this.span = year.months();
        }

        /**
         * @param months the contract months within the year (default: all twelve)
         * @return this builder
         */
        public Builder span(MonthSpan months) {
            this.span = months;
            return this;
        }

        /**
         * @param newStatus agreed (default) or indicative
         * @return this builder
         */
        public Builder status(BudgetStatus newStatus) {
            this.status = newStatus;
            return this;
        }

        /**
         * @param service a service, in reporting order
         * @return this builder
         */
        public Builder service(Service service) {
            services.add(service);
            return this;
        }

        /**
         * Adds a line; the service is added too if the book does not list it yet.
         *
         * @param line the cost line
         * @param amount the budget
         * @return this builder
         */
        public Builder line(CostLine line, Money amount) {
            if (!services.contains(line.service())) {
                services.add(line.service());
            }
            lines.add(BudgetLine.of(line, amount));
            return this;
        }

        /**
         * @param service the service
         * @param group the subjective group
         * @param amount the budget
         * @return this builder
         */
        public Builder line(Service service, SubjectiveGroup group, Money amount) {
            return line(CostLine.of(service, group), amount);
        }

        /**
         * @param name the income line
         * @param amount the income
         * @return this builder
         */
        public Builder incomeOutsideContract(String name, Money amount) {
            income.add(IncomeLine.of(name, amount));
            return this;
        }

        /**
         * @param source the funding source
         * @param amount the funding
         * @return this builder
         */
        public Builder passThrough(FundingSource source, Money amount) {
            funding.add(FundingLine.of(source, amount));
            return this;
        }

        /**
         * @param names whose budget it is and who commissions it
         * @return this builder
         */
        public Builder parties(Parties names) {
            this.parties = Objects.requireNonNull(names, "parties");
            return this;
        }

        /** @return the validated book */
        public BudgetBook build() {
            return new BudgetBook(year, span, status, services, lines, income, funding, parties);
        }
    }
}
