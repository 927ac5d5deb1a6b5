package uk.org.wcf.finance.dsg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.joda.money.Money;

import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.money.Gbp;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * A DSG management plan (the DfE template's content): high needs demand by provision type, the mitigations
 * planned, the High Needs allocation, transfers from the Schools block, other income and the other blocks, from
 * an opening DSG reserve over a number of years, against the end of the statutory override.
 * {@link #project()} computes the path; {@link #scenarios()} the three standard scenarios.
 *
 * @param name the plan's name
 * @param firstYear the first year of the plan
 * @param years the number of years, 1 to 10
 * @param opening the DSG reserve at the start of the first year (a deficit is negative)
 * @param openingBasis where the opening balance comes from
 * @param statutoryOverrideEnd the last day of the statutory override (a setting)
 * @param transferCap the cap on a Schools block transfer without approval (0.5% nationally)
 * @param provisions the high needs provision types
 * @param highNeeds the High Needs allocation
 * @param blocks the other blocks (Schools, Central School Services, Early Years), each at most once
 * @param mitigations the workstreams, deliverable or not
 * @param transfers transfers from the Schools block
 * @param otherIncome other High Needs income
 */
public record DsgPlan(String name, FiscalYear firstYear, int years, Money opening, Basis openingBasis,
        LocalDate statutoryOverrideEnd, Rate transferCap, List<Provision> provisions, HighNeedsFunding highNeeds,
        List<BlockBudget> blocks, List<Mitigation> mitigations, List<BlockTransfer> transfers, List<OtherIncome> otherIncome) {
    /** @return a short readable form (money as £ with separators, brackets for negatives); the exact values are the fields */
    @Override
    public String toString() {
        return uk.org.wcf.finance.money.Readable.of(this);
    }


    /**
     * Validates the plan: unique codes and names, mitigations on known types, transfers and income inside the
     * plan's years, a Schools block to transfer from.
     *
     * @param name not blank
     * @param firstYear not null
     * @param years 1 to 10
     * @param opening GBP
     * @param openingBasis not null
     * @param statutoryOverrideEnd not null
     * @param transferCap not negative
     * @param provisions at least one
     * @param highNeeds not null
     * @param blocks other blocks
     * @param mitigations workstreams
     * @param transfers transfers
     * @param otherIncome other income
     */
    public DsgPlan {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new FinanceRuleException("plan name", "''", "a plan needs a name");
        }
        Objects.requireNonNull(firstYear, "firstYear");
        if (years < 1 || years > 10) {
            throw new FinanceRuleException("years", years, "a management plan runs for 1 to 10 years");
        }
        Gbp.requireGbp(opening, "opening DSG reserve");
        Objects.requireNonNull(openingBasis, "openingBasis");
        Objects.requireNonNull(statutoryOverrideEnd, "statutoryOverrideEnd");
        Objects.requireNonNull(transferCap, "transferCap");
        if (transferCap.fraction().signum() < 0) {
            throw new FinanceRuleException("transfer cap", transferCap, "a cap may not be negative");
        }
        provisions = List.copyOf(provisions);
        if (provisions.isEmpty()) {
            throw new FinanceRuleException("provisions", "none", "a plan needs at least one type of provision");
        }
        Objects.requireNonNull(highNeeds, "highNeeds");
        blocks = List.copyOf(blocks);
        mitigations = List.copyOf(mitigations);
        transfers = List.copyOf(transfers);
        otherIncome = List.copyOf(otherIncome);
        Set<String> codes = new HashSet<>();
        provisions.forEach(p -> unique(codes, p.code(), "provision code"));
        Set<DsgBlock> seen = new HashSet<>();
        blocks.forEach(b -> {
            if (!seen.add(b.block())) {
                throw new FinanceRuleException("block", b.block().label(), "appears twice; give each block once");
            }
        });
        Set<String> names = new HashSet<>();
        for (Mitigation m : mitigations) {
            unique(names, m.name(), "workstream");
            if (!codes.contains(m.provision())) {
                throw new FinanceRuleException("provision of '" + m.name() + "'", "'" + m.provision() + "'",
                        "is not a provision type of the plan (" + String.join(", ", codes.stream().sorted().toList()) + ")");
            }
        }
        FiscalYear last = firstYear.plusYears(years - 1);
        for (BlockTransfer t : transfers) {
            unique(names, t.name(), "transfer");
            inside(t.year(), firstYear, last, "transfer '" + t.name() + "'");
            if (!seen.contains(DsgBlock.SCHOOLS)) {
                throw new FinanceRuleException("transfer '" + t.name() + "'", t.amount(),
                        "a transfer needs the Schools block in the plan, to check it against the cap");
            }
        }
        for (OtherIncome i : otherIncome) {
            unique(names, i.name(), "income");
            inside(i.year(), firstYear, last, "income '" + i.name() + "'");
        }
    }

    private static void unique(Set<String> seen, String key, String what) {
        if (!seen.add(key)) {
            throw new FinanceRuleException(what, "'" + key + "'", "appears twice; each needs its own name");
        }
    }

    private static void inside(FiscalYear y, FiscalYear first, FiscalYear last, String what) {
        if (y.compareTo(first) < 0 || y.compareTo(last) > 0) {
            throw new FinanceRuleException(what, y, "is outside the plan's years " + first + " to " + last);
        }
    }

    /** @return the plan's years, in order */
    public List<FiscalYear> planYears() {
        List<FiscalYear> out = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            out.add(firstYear.plusYears(i));
        }
        return out;
    }

    /** @return the last year of the plan */
    public FiscalYear lastYear() {
        return firstYear.plusYears(years - 1);
    }

    /**
     * @param block a block other than High Needs
     * @return its budget, if the plan has it
     */
    public Optional<BlockBudget> block(DsgBlock block) {
        return blocks.stream().filter(b -> b.block() == block).findFirst();
    }

    /**
     * @param code a provision code
     * @return the provision type
     */
    public Provision provision(String code) {
        return provisions.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new FinanceRuleException("provision", "'" + code + "'", "is not in the plan"));
    }

    /** @return the workstreams that count */
    public List<Mitigation> deliverableMitigations() {
        return mitigations.stream().filter(Mitigation::deliverable).toList();
    }

    /** @return the workstreams left out, because they are not yet deliverable */
    public List<Mitigation> excludedMitigations() {
        return mitigations.stream().filter(m -> !m.deliverable()).toList();
    }

    /**
     * @param newName the scenario's name
     * @param keepMitigations whether deliverable mitigations stay
     * @param keepTransfers whether transfers stay
     * @return a copy without the mitigations or transfers left out
     */
    public DsgPlan scenario(String newName, boolean keepMitigations, boolean keepTransfers) {
        return new DsgPlan(newName, firstYear, years, opening, openingBasis, statutoryOverrideEnd, transferCap, provisions,
                highNeeds, blocks, keepMitigations ? mitigations : List.of(), keepTransfers ? transfers : List.of(), otherIncome);
    }

    /**
     * The three standard scenarios: do nothing (no mitigations, no transfers), with mitigations, and with
     * mitigations and transfers (the plan as given).
     *
     * @return the scenarios, in that order
     */
    public List<DsgProjection> scenarios() {
        List<DsgProjection> out = new ArrayList<>();
        out.add(scenario("Do nothing", false, false).project());
        out.add(scenario("With mitigations", true, false).project());
        out.add(scenario("With mitigations and transfers", true, true).project());
        return out;
    }

    /**
     * @param rates a growth rate by provision code, replacing each type's growth (uncertainty kept)
     * @return a copy with those growth rates
     */
    public DsgPlan withGrowthRates(Map<String, Rate> rates) {
        List<Provision> ps = provisions.stream().map(p -> rates.containsKey(p.code())
                ? p.withGrowth(Growth.given(rates.get(p.code()), p.growth().uncertainty())) : p).toList();
        return new DsgPlan(name, firstYear, years, opening, openingBasis, statutoryOverrideEnd, transferCap, ps, highNeeds,
                blocks, mitigations, transfers, otherIncome);
    }

    /** @return the plan's path, each year's growth the type's rate */
    public DsgProjection project() {
        return project((p, year) -> p.growth().rate());
    }

    /**
     * The plan's path with each year's growth rate for each type chosen by a function (the Monte Carlo draws them).
     *
     * @param growth the growth of a provision type into a year after the first
     * @return the path
     */
    public DsgProjection project(BiFunction<Provision, FiscalYear, Rate> growth) {
        return DsgProjection.of(this, growth);
    }

    /** @return the sources and illustrative assumptions, one line each, every illustrative one marked */
    public List<String> assumptions() {
        List<String> out = new ArrayList<>();
        out.add("Opening DSG reserve " + Gbp.inThousands(opening).toPlainString() + "k at " + firstYear.start() + " "
                + openingBasis.label());
        out.add("Statutory override ends " + statutoryOverrideEnd + "; Schools block transfer cap " + transferCap);
        out.add("High Needs allocation " + Gbp.inThousands(highNeeds.allocation()).toPlainString() + "k in " + firstYear
                + ", growing " + highNeeds.growth() + " a year " + highNeeds.basis().label());
        for (BlockBudget b : blocks) {
            out.add(b.block().label() + " block: funding " + Gbp.inThousands(b.funding()).toPlainString() + "k, expenditure "
                    + Gbp.inThousands(b.expenditure()).toPlainString() + "k in " + firstYear + ", growing " + b.growth()
                    + " a year " + b.basis().label());
        }
        for (Provision p : provisions) {
            out.add(p.label() + ": " + p.numbers().toPlainString() + " places at " + p.unitCost().getAmount().toPlainString()
                    + " a place, numbers growing " + p.growth().describe() + ", unit cost inflation " + p.inflation() + " "
                    + p.basis().label());
        }
        for (Mitigation m : mitigations) {
            out.add("Workstream '" + m.name() + "': " + m.lever().code() + " of " + provision(m.provision()).label() + " "
                    + m.change() + " from " + m.from() + ", profile " + m.profile() + ", "
                    + m.status().name().toLowerCase(java.util.Locale.ROOT)
                    + (m.deliverable() ? "" : " (LEFT OUT: not deliverable)") + " " + m.basis().label());
        }
        for (BlockTransfer t : transfers) {
            out.add("Transfer '" + t.name() + "' " + Gbp.inThousands(t.amount()).toPlainString() + "k in " + t.year()
                    + t.approval().map(a -> ", approval " + a).orElse("") + " " + t.basis().label());
        }
        for (OtherIncome i : otherIncome) {
            out.add("Income '" + i.name() + "' " + Gbp.inThousands(i.amount()).toPlainString() + "k in " + i.year() + " "
                    + i.basis().label());
        }
        return out;
    }

    /** @return true when any assumption is illustrative */
    public boolean hasIllustrative() {
        return openingBasis.illustrative() || highNeeds.basis().illustrative()
                || blocks.stream().anyMatch(b -> b.basis().illustrative())
                || provisions.stream().anyMatch(p -> p.basis().illustrative())
                || mitigations.stream().anyMatch(m -> m.basis().illustrative())
                || transfers.stream().anyMatch(t -> t.basis().illustrative())
                || otherIncome.stream().anyMatch(i -> i.basis().illustrative());
    }
}
