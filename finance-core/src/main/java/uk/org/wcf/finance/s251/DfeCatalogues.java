package uk.org.wcf.finance.s251;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.org.wcf.finance.time.FiscalYear;

/**
 * The section 251 layouts the library has built in ({@link LineCatalogue#forYear}): DfE's data, line by line, kept
 * apart from the catalogue's rules.
 */
final class DfeCatalogues {

    private static final Set<Measure> ALL = EnumSet.allOf(Measure.class);
    private static final Set<Measure> TOTAL_INCOME_NET = EnumSet.of(Measure.TOTAL_EXPENDITURE, Measure.INCOME,
            Measure.NET_CURRENT_EXPENDITURE);
    private static final Set<Measure> TOTAL_ONLY = EnumSet.of(Measure.TOTAL_EXPENDITURE);

    private DfeCatalogues() {
    }

    /**
     * DfE's 2012-13 section 251 layout; descriptions as DfE's 2012-13 outturn file gives them (the project's copy,
     * {@code ../shared/s251/outturn_1213.csv}; the same file is public as
     * {@code BenGoodair/childrens_social_care_data}, {@code Raw_Data/LA_level/LA_Spend/outturn_1213.csv}). Sections
     * are named after their total lines.
     */
    static LineCatalogue s251For2012() {
        String ssc = "Sure Start Children's Centres";
        String cla = "Children Looked After";
        String other = "Other Children's and Families Services";
        String safe = "Safeguarding Children and Young People's Services";
        String fam = "Family Support Services";
        String young = "Services for Young People";
        String yj = "Youth Justice";
        String cera = "Capital Expenditure from Revenue";
        String total = "Children and Young People's Services";
        String memo = "Memorandum";
        List<S251Line> l = new ArrayList<>();
        l.add(item(1, "Spend by individual Sure Start Children's Centres", ssc));
        l.add(item(2, "Spend on local authority provided or commissioned area-wide services delivered through Sure Start"
                + " Children\u2019s Centres", ssc));
        l.add(item(3, "Other early years funding", ssc));
        l.add(sectionTotal(4, "Total Sure Start Children's Centres", ssc, 1, 3));
        l.add(item(5, "Residential care", cla));
        l.add(item(6, "Fostering services", cla));
        l.add(item(7, "Adoption services", cla));
        l.add(item(8, "Special guardianship support", cla));
        l.add(item(9, "Other children looked after", cla));
        l.add(item(10, "Short breaks (respite) for looked after disabled children", cla));
        l.add(item(11, "Children placed with family and friends", cla));
        l.add(item(12, "Education of looked after children", cla));
        l.add(item(13, "Leaving care support services", cla));
        l.add(item(14, "Asylum seeker services - children", cla));
        l.add(sectionTotal(15, "Total Children Looked After", cla, 5, 14));
        l.add(item(16, "Other childrens and family services", other));
        l.add(item(17, "Social work (includes LA functions in relation to child protection", safe));
        l.add(item(18, "Comissioning and Children's Services Strategy", safe));
        l.add(item(19, "Local safeguarding childrens board", safe));
        l.add(sectionTotal(20, "Total Safeguarding Children and Young Peoples Services", safe, 17, 19));
        l.add(item(21, "Direct payments", fam));
        l.add(item(22, "Short breaks (respite) for disabled children", fam));
        l.add(item(23, "Other support for disabled children", fam));
        l.add(item(24, "Targeted family support", fam));
        l.add(item(25, "Universal family support", fam));
        l.add(sectionTotal(26, "Total Family Support Services", fam, 21, 25));
        l.add(item(27, "Universal services for young people (including youth work, positive activities and information,"
                + " advice and guidance)", young));
        l.add(item(28, "Targeted services for young people (including youth work, positive activities and information,"
                + " advice and guidance)", young));
        l.add(sectionTotal(29, "Total Services for Young People", young, 27, 28));
        l.add(new S251Line(30, "Youth Justice", yj, LineKind.ITEM, List.of(), TOTAL_INCOME_NET));
        l.add(new S251Line(31, "Capital Expenditure from Revenue (CERA) (Childrens and young people's services)", cera,
                LineKind.ITEM, List.of(), TOTAL_INCOME_NET));
        l.add(new S251Line(32, "CHILDREN AND YOUNG PEOPLE'S SERVICES BUDGET (Including CERA)", total,
                LineKind.GRAND_TOTAL, List.of(33, 31), TOTAL_INCOME_NET));
        l.add(new S251Line(33, "CHILDREN AND YOUNG PEOPLE'S SERVICES BUDGET (excluding CERA)", total,
                LineKind.GRAND_TOTAL, List.of(4, 15, 16, 20, 26, 29, 30), TOTAL_INCOME_NET));
        l.add(new S251Line(34, "Substances misuse services (Drugs, alcohol and volatile substances)", memo, LineKind.MEMO,
                List.of(), TOTAL_ONLY));
        l.add(new S251Line(35, "Teenage pregnancy services", memo, LineKind.MEMO, List.of(), TOTAL_ONLY));
        return new LineCatalogue(FiscalYear.of(2012), l);
    }

    /**
     * DfE's 2013-14 section 251 layout, 36 lines, from DfE's 2013-14 outturn file as published (every council, the
     * same columns as 2012-13): public in the repository {@code BenGoodair/childrens_social_care_data} as
     * {@code Raw_Data/LA_level/LA_Spend/outturn_1314.csv}. Descriptions as that file gives them, without the number
     * in front and surrounding spaces (its typos and double spaces kept). Against 2012-13 a line 3 (management costs
     * of Sure Start Children's Centres) is new, so every later line moved down by one, and the two grand totals
     * changed places (33 excludes CERA, 34 includes it). The sums are the file's: each section total is its lines
     * and the grand totals hold in its councils' rows (finance-io's tests check them on Torbay's published rows). Which measures each line has is the file's too: blanks on
     * Youth Justice, CERA and the grand totals outside Total, Income and Net; the memos only Total. The memo lines
     * say "included in lines 27 and 28 above", 2012-13's numbers for the services for young people, which DfE did
     * not renumber; they are in no sum.
     */
    static LineCatalogue s251For2013() {
        String ssc = "Sure Start Children's Centres";
        String cla = "Children Looked After";
        String other = "Other Children's and Families Services";
        String safe = "Safeguarding Children and Young People's Services";
        String fam = "Family Support Services";
        String young = "Services for Young People";
        String yj = "Youth Justice";
        String cera = "Capital Expenditure from Revenue";
        String total = "Children and Young People's Services";
        String memo = "Memorandum";
        List<S251Line> l = new ArrayList<>();
        l.add(item(1, "Spend by individual Sure Start Children's Centres", ssc));
        l.add(item(2, "Spend on local authority provided or commissioned area-wide services delivered through Sure Start"
                + " Children\u2019s Centres", ssc));
        l.add(item(3, "Spend on local authority management costs relating to sure Start Children's Centres", ssc));
        l.add(item(4, "Other early years expenditure", ssc));
        l.add(sectionTotal(5, "Total Sure Start Children's Centres", ssc, 1, 4));
        l.add(item(6, "Residential care", cla));
        l.add(item(7, "Fostering services", cla));
        l.add(item(8, "Adoption services", cla));
        l.add(item(9, "Special guardianship support", cla));
        l.add(item(10, "Other children looked after services", cla));
        l.add(item(11, "Short breaks (respite) for looked after disabled children", cla));
        l.add(item(12, "Children placed with family and friends", cla));
        l.add(item(13, "Education of looked after children", cla));
        l.add(item(14, "Leaving care support services", cla));
        l.add(item(15, "Asylum seeker services - children", cla));
        l.add(sectionTotal(16, "Total Children Looked After", cla, 6, 15));
        l.add(item(17, "Other children's and families services", other));
        l.add(item(18, "Social work (includes LA functions in relation to child protection)", safe));
        l.add(item(19, "Comissioning and Children's Services Strategy", safe));
        l.add(item(20, "Local safeguarding childrens board", safe));
        l.add(sectionTotal(21, "Total  Safeguarding Children and Young Peoples Services", safe, 18, 20));
        l.add(item(22, "Direct payments", fam));
        l.add(item(23, "Short breaks (respite) for disabled children", fam));
        l.add(item(24, "Other support for disabled children", fam));
        l.add(item(25, "Targeted family support", fam));
        l.add(item(26, "Universal family support", fam));
        l.add(sectionTotal(27, "Total Family Support Services", fam, 22, 26));
        l.add(item(28, "Universal services for young people", young));
        l.add(item(29, "Targeted services for young people", young));
        l.add(sectionTotal(30, "Total Services for Young People", young, 28, 29));
        l.add(new S251Line(31, "Youth Justice", yj, LineKind.ITEM, List.of(), TOTAL_INCOME_NET));
        l.add(new S251Line(32, "Capital Expenditure from Revenue (CERA) (Children's and young people's services)", cera,
                LineKind.ITEM, List.of(), TOTAL_INCOME_NET));
        l.add(new S251Line(33, "CHILDREN AND YOUNG PEOPLE'S SERVICES BUDGET (excluding CERA)", total,
                LineKind.GRAND_TOTAL, List.of(5, 16, 17, 21, 27, 30, 31), TOTAL_INCOME_NET));
        l.add(new S251Line(34, "CHILDREN AND YOUNG PEOPLE'S SERVICES BUDGET (including CERA)", total,
                LineKind.GRAND_TOTAL, List.of(33, 32), TOTAL_INCOME_NET));
        l.add(new S251Line(35, "Substance misuse services(Drugs, alcohol and volatile substances)(included in lines 27 and"
                + " 28 above)", memo, LineKind.MEMO, List.of(), TOTAL_ONLY));
        l.add(new S251Line(36, "Teenage pregnancy services(included in lines 27 and 28 above)", memo, LineKind.MEMO,
                List.of(), TOTAL_ONLY));
        return new LineCatalogue(FiscalYear.of(2013), l);
    }

    private static S251Line item(int number, String description, String section) {
        return new S251Line(number, description, section, LineKind.ITEM, List.of(), ALL);
    }

    private static S251Line sectionTotal(int number, String description, String section, int first, int last) {
        List<Integer> parts = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            parts.add(i);
        }
        return new S251Line(number, description, section, LineKind.SECTION_TOTAL, parts, ALL);
    }
}
