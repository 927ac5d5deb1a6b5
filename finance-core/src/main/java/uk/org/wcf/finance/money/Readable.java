package uk.org.wcf.finance.money;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * The short readable form that value records print as ({@code toString}), for people at a JShell prompt or in a
 * notebook: the type's name and its fields, money as pounds with separators and brackets for a negative
 * ({@code £5,982,377.21}, {@code (£633,000.00)}), years and periods as finance staff write them (2020/21, P6), a
 * short list in full and a long one by its size. Not for files or checks: exact values are the records' fields,
 * CSV forms belong to the writers.
 */
public final class Readable {

    /** Lists with more items than this are shown by their size. */
    private static final int SHORT_LIST = 3;

    private Readable() {
    }

    /**
     * A record's readable form: {@code BudgetLine[line: A Resources Directorate staffing, amount: £2,750,000.00]}.
     *
     * @param value a record
     * @return the readable form
     */
    public static String of(Record value) {
        StringJoiner j = new StringJoiner(", ", value.getClass().getSimpleName() + "[", "]");
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v;
            try {
                c.getAccessor().setAccessible(true);
                v = c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                v = "?";
            }
            j.add(c.getName() + ": " + value(v));
        }
        return j.toString();
    }

    /**
     * One value's readable form, as {@link #of} shows a field.
     *
     * @param v a value, or null
     * @return its readable form ({@code none} for null)
     */
    public static String value(Object v) {
        if (v == null) {
            return "none";
        }
        if (v instanceof java.util.Optional<?> o) {
            return o.map(Readable::value).orElse("none");
        }
        if (v instanceof Money m && m.getCurrencyUnit().equals(Gbp.GBP)) {
            return Gbp.readable(m);
        }
        if (v instanceof BigMoney b && b.getCurrencyUnit().equals(Gbp.GBP)) {
            return Gbp.readable(b.toMoney(java.math.RoundingMode.HALF_UP));
        }
        if (v instanceof Collection<?> c) {
            if (c.size() > SHORT_LIST) {
                return c.size() + " items";
            }
            StringJoiner j = new StringJoiner("; ", "[", "]");
            c.forEach(x -> j.add(value(x)));
            return j.toString();
        }
        if (v instanceof Map<?, ?> m) {
            if (m.size() > SHORT_LIST) {
                return m.size() + " entries";
            }
            StringJoiner j = new StringJoiner("; ", "{", "}");
            m.forEach((k, x) -> j.add(value(k) + ": " + value(x)));
            return j.toString();
        }
        if (v instanceof String s) {
            return s.isEmpty() ? "''" : s;
        }
        return String.valueOf(v);
    }
}
