package uk.org.wcf.finance.io.internal.tree;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.joda.money.Money;

import uk.org.wcf.finance.io.Amounts;
import uk.org.wcf.finance.io.Problem;
import uk.org.wcf.finance.io.internal.csv.AmountSyntax;
import uk.org.wcf.finance.money.Rate;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.time.FiscalYear;

/**
 * Typed, checked access to the fields of one mapping in a JSON or YAML file. Every value that is missing or
 * does not parse becomes a {@link Problem} at the value's line and column, and the getter returns null; the
 * caller checks {@link #ok()} before building anything.
 */
public final class Fields {

    private final String file;
    private final TreeNode node;
    private final List<Problem> problems;
    private boolean ok = true;

    public Fields(String file, TreeNode node, List<Problem> problems, Set<String> allowed) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        if (!node.isMap()) {
            fail(node, "", "expected a mapping of keys to values");
            return;
        }
        node.map().forEach((k, v) -> {
            if (!allowed.contains(k)) {
                fail(v, k, "unknown key '" + k + "'; the keys here are " + String.join(", ", new TreeSet<>(allowed)));
            }
        });
    }

    public boolean ok() {
        return ok;
    }

    public TreeNode node() {
        return node;
    }

    public void fail(TreeNode at, String field, String message) {
        ok = false;
        problems.add(at.problem(file, field, message));
    }

    /** @return true when the key has a value that is not blank */
    public boolean has(String key) {
        TreeNode v = node.map().get(key);
        return v != null && v.value() != null && !(v.value() instanceof String s && s.isBlank());
    }

    private <T> T get(String key, boolean required, Function<String, T> parse) {
        TreeNode v = node.map().get(key);
        if (v == null || v.value() == null || (v.value() instanceof String s && s.isBlank())) {
            if (required) {
                fail(v == null ? node : v, key, key + " is missing; it is required here");
            }
            return null;
        }
        if (!(v.value() instanceof String)) {
            fail(v, key, key + " must be a single value, not a list or mapping");
            return null;
        }
        try {
            return parse.apply(v.text());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            fail(v, key, e.getMessage());
            return null;
        }
    }

    public <T> T parse(String key, boolean required, Function<String, T> parser) {
        return get(key, required, parser);
    }

    public String text(String key, boolean required) {
        return get(key, required, t -> t);
    }

    public FiscalYear year(String key, boolean required) {
        return get(key, required, FiscalYear::parse);
    }

    public LocalDate date(String key, boolean required) {
        return get(key, required, t -> {
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(key + " is '" + t + "': write a date as 2020-06-01");
            }
        });
    }

    public Rate rate(String key, boolean required) {
        return get(key, required, Rate::parse);
    }

    /** @return the optional {@code unit} of the amounts in a file: thousands (the default) or pounds */
    public Amounts.Unit unit() {
        Amounts.Unit unit = get("unit", false, Amounts.Unit::parse);
        return unit == null ? Amounts.Unit.THOUSANDS : unit;
    }

    public Money amount(String key, boolean required, Amounts.Unit unit) {
        return get(key, required, t -> Amounts.parse(t, unit));
    }

    public BigDecimal decimal(String key, boolean required) {
        return get(key, required, t -> AmountSyntax.decimal(t, key));
    }

    public Integer integer(String key, boolean required) {
        return get(key, required, t -> {
            long n = AmountSyntax.whole(t, key);
            if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(key + " is '" + t + "': too large; write a whole number such as 12");
            }
            return (int) n;
        });
    }

    public Boolean bool(String key, boolean required) {
        return get(key, required, t -> switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(key + " is '" + t + "': write true or false");
        });
    }

    /**
     * Reads an approval ({@code route}, {@code reference}, {@code date}) from a mapping.
     *
     * @return the approval, or null with the problems recorded
     */
    public static Approval approval(String file, TreeNode node, List<Problem> problems) {
        Fields af = new Fields(file, node, problems, Set.of("route", "reference", "date"));
        Approval.Route route = af.parse("route", true, Approval.Route::parse);
        String reference = af.text("reference", true);
        LocalDate date = af.date("date", true);
        return af.ok() ? new Approval(route, reference, date) : null;
    }

    /** A mapping whose keys parse with one function and values with another. */
    public <K, V> Map<K, V> mapOf(String key, Function<String, K> keys, Function<String, V> values) {
        Map<K, V> out = new LinkedHashMap<>();
        TreeNode v = node.map().get(key);
        if (v == null || v.value() == null) {
            return out;
        }
        if (!v.isMap()) {
            fail(v, key, key + " must be a mapping, such as {2021/22: 3%}");
            return out;
        }
        for (var e : v.map().entrySet()) {
            try {
                out.put(keys.apply(e.getKey()), values.apply(e.getValue().text()));
            } catch (IllegalArgumentException ex) {
                fail(e.getValue(), key, key + " '" + e.getKey() + "': " + ex.getMessage());
            }
        }
        return out;
    }

    /** A list of scalars. */
    public <T> List<T> listOf(String key, Function<String, T> parse) {
        List<T> out = new ArrayList<>();
        TreeNode v = node.map().get(key);
        if (v == null || v.value() == null) {
            return out;
        }
        if (!v.isList()) {
            fail(v, key, key + " must be a list, such as [2021/22, 2022/23]");
            return out;
        }
        for (TreeNode item : v.list()) {
            try {
                out.add(parse.apply(item.text()));
            } catch (IllegalArgumentException ex) {
                fail(item, key, ex.getMessage());
            }
        }
        return out;
    }
}
