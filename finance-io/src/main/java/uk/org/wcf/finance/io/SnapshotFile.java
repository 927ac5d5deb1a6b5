package uk.org.wcf.finance.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.joda.money.Money;

import uk.org.wcf.finance.dsg.DsgBlock;
import uk.org.wcf.finance.io.internal.tree.Fields;
import uk.org.wcf.finance.io.internal.tree.TreeNode;
import uk.org.wcf.finance.io.internal.tree.Yaml11Quoting;
import uk.org.wcf.finance.money.FinanceRuleException;
import uk.org.wcf.finance.monitor.Adjustment;
import uk.org.wcf.finance.monitor.Approval;
import uk.org.wcf.finance.monitor.MonitoringLine;
import uk.org.wcf.finance.monitor.MonitoringSnapshot;
import uk.org.wcf.finance.monitor.Scope;
import uk.org.wcf.finance.monitor.Trail;
import uk.org.wcf.finance.report.SafeText;
import uk.org.wcf.finance.time.FiscalPeriod;

/**
 * Monitoring snapshots in YAML or JSON (format in the finance-io README): {@code schemaVersion}, {@code title},
 * {@code period} ({@code 2019/20 P6}), {@code scope} ({@code dsg} or {@code non_dsg}), {@code unit}
 * ({@code thousands} or {@code pounds}), {@code subTotalLabel}, {@code totalLabel}, {@code lines} and, for DSG,
 * {@code grant}. A line has {@code line}, optional {@code group} (a DSG block code or a service),
 * {@code netBudget}, {@code forecast} and {@code adjustments}: each with {@code kind} (carry_forward,
 * reserve_draw, pooled_budget, change_request_funding, other), {@code name}, {@code amount} and optional
 * {@code approval} ({@code route}, {@code reference}, {@code date}); and optional {@code sources}, the line's
 * {@link Trail} (each {@code figure}, {@code amount}, {@code source} and {@code at}), which {@link #readTrails} reads.
 * Writing then reading gives the same snapshot (and trails).
 */
public final class SnapshotFile {

    /** The schema version written and read. */
    public static final int SCHEMA_VERSION = 1;

    private static final Set<String> TOP = Set.of("schemaVersion", "title", "period", "scope", "unit", "subTotalLabel",
            "totalLabel", "lines", "grant");
    private static final Set<String> LINE = Set.of("line", "group", "netBudget", "forecast", "adjustments", "sources");
    private static final Set<String> SOURCE = Set.of("figure", "amount", "source", "at");
    private static final Set<String> ADJUSTMENT = Set.of("kind", "name", "amount", "approval");

    private SnapshotFile() {
    }

    /**
     * Reads a snapshot file; the format follows its ending.
     *
     * @param path the file
     * @return the snapshot and any problems
     */
    public static ReadResult<MonitoringSnapshot> read(Path path) {
        return TreeNode.readFile(path, SnapshotFile::read);
    }

    /**
     * Reads a snapshot.
     *
     * @param file the name, for problems
     * @param in the bytes
     * @param format JSON or YAML
     * @return the snapshot (empty when there were problems) and the problems
     */
    public static ReadResult<MonitoringSnapshot> read(String file, InputStream in, StructuredFormat format) {
        List<Problem> problems = new ArrayList<>();
        Optional<Fields> parsed = TreeNode.topLevel(file, TreeNode.read(file, in, format), problems, TOP, SCHEMA_VERSION);
        if (parsed.isEmpty()) {
            return ReadResult.failed(problems);
        }
        Fields top = parsed.get();
        FiscalPeriod period = top.parse("period", true, FiscalPeriod::parse);
        Scope scope = top.parse("scope", true, t -> switch (t.toLowerCase(Locale.ROOT)) {
            case "dsg" -> Scope.DSG;
            case "non_dsg", "non-dsg" -> Scope.NON_DSG;
            default -> throw new IllegalArgumentException("scope is '" + t + "': it is dsg or non_dsg");
        });
        Amounts.Unit u = top.unit();
        List<MonitoringLine> lines = new ArrayList<>();
        TreeNode list = top.node().map().get("lines");
        if (list == null || !list.isList() || list.list().isEmpty()) {
            top.fail(list == null ? top.node() : list, "lines", "lines must be a list of at least one line");
        } else {
            for (TreeNode item : list.list()) {
                MonitoringLine l = line(file, item, u, problems);
                if (l != null) {
                    lines.add(l);
                }
            }
        }
        MonitoringLine grant = null;
        TreeNode g = top.node().map().get("grant");
        if (g != null && g.value() != null) {
            grant = line(file, g, u, problems);
            if (grant != null && (grant.netBudget().isPositive() || grant.forecast().isPositive())) {
                problems.add(g.problem(file, "grant", "the grant is income: its netBudget and forecast are negative (or zero)"));
            }
        }
        if (scope == Scope.DSG && list != null) {
            for (TreeNode item : list.list()) {
                TreeNode group = item.map().get("group");
                String code = group == null ? "" : group.text();
                if (Arrays.stream(DsgBlock.values()).noneMatch(b -> b.code().equals(code))) {
                    problems.add((group == null ? item : group).problem(file, "group", "group is '" + code
                            + "': a DSG line belongs to a block: schools, central_school_services, high_needs or early_years"));
                }
            }
        }
        if (!problems.isEmpty()) {
            return ReadResult.failed(problems);
        }
        try {
            return ReadResult.of(new MonitoringSnapshot(top.text("title", false), period, scope, lines,
                    Optional.ofNullable(grant), top.text("subTotalLabel", false), top.text("totalLabel", false)), problems);
        } catch (FinanceRuleException e) {
            problems.add(top.node().problem(file, e.field(), e.getMessage()));
            return ReadResult.failed(problems);
        }
    }

    private static MonitoringLine line(String file, TreeNode item, Amounts.Unit unit, List<Problem> problems) {
        Fields f = new Fields(file, item, problems, LINE);
        String name = f.text("line", true);
        String group = f.has("group") ? f.text("group", false) : "";
        Money budget = f.amount("netBudget", true, unit);
        Money forecast = f.amount("forecast", true, unit);
        List<Adjustment> adjustments = new ArrayList<>();
        TreeNode adj = item.map().get("adjustments");
        if (adj != null && adj.value() != null) {
            if (!adj.isList()) {
                f.fail(adj, "adjustments", "adjustments must be a list");
            } else {
                for (TreeNode a : adj.list()) {
                    Adjustment x = adjustment(file, a, unit, problems);
                    if (x == null) {
                        f.fail(a, "adjustments", "the adjustment above is not valid");
                        problems.remove(problems.size() - 1);
                    } else {
                        adjustments.add(x);
                    }
                }
            }
        }
        if (!f.ok()) {
            return null;
        }
        try {
            return new MonitoringLine(name, group, budget, forecast, adjustments);
        } catch (FinanceRuleException e) {
            f.fail(item, e.field(), e.getMessage());
            return null;
        }
    }

    private static Adjustment adjustment(String file, TreeNode node, Amounts.Unit unit, List<Problem> problems) {
        Fields f = new Fields(file, node, problems, ADJUSTMENT);
        Adjustment.Kind kind = f.parse("kind", true, t -> {
            try {
                return Adjustment.Kind.valueOf(t.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kind is '" + t + "': it is carry_forward, reserve_draw, pooled_budget, "
                        + "change_request_funding or other");
            }
        });
        String name = f.text("name", true);
        Money amount = f.amount("amount", true, unit);
        Approval approval = null;
        TreeNode a = node.map().get("approval");
        if (a != null && a.value() != null) {
            approval = Fields.approval(file, a, problems);
            if (approval == null) {
                return null;
            }
        }
        return f.ok() ? new Adjustment(kind, name, amount, java.util.Optional.ofNullable(approval)) : null;
    }

    /**
     * Reads the trails of a snapshot's lines: where each figure came from, as {@code forecast-collect} writes them.
     *
     * @param path the snapshot file
     * @return each line's trail, in file order (a line without {@code sources} has none), and any problems
     */
    public static ReadResult<Map<String, Trail>> readTrails(Path path) {
        return TreeNode.readFile(path, SnapshotFile::readTrails);
    }

    private static ReadResult<Map<String, Trail>> readTrails(String file, InputStream in, StructuredFormat format) {
        List<Problem> problems = new ArrayList<>();
        Optional<Fields> parsed = TreeNode.topLevel(file, TreeNode.read(file, in, format), problems, TOP, SCHEMA_VERSION);
        Map<String, Trail> out = new LinkedHashMap<>();
        if (parsed.isEmpty()) {
            return ReadResult.failed(problems);
        }
        Amounts.Unit u = parsed.get().unit();
        TreeNode list = parsed.get().node().map().get("lines");
        for (TreeNode item : list == null ? List.<TreeNode>of() : list.list()) {
            TreeNode src = item.map().get("sources");
            String line = item.map().containsKey("line") ? item.map().get("line").text() : "";
            if (src == null || src.value() == null) {
                continue;
            }
            if (!src.isList()) {
                problems.add(src.problem(file, "sources", "sources must be a list"));
                continue;
            }
            List<Trail.Step> steps = new ArrayList<>();
            for (TreeNode n : src.list()) {
                Fields f = new Fields(file, n, problems, SOURCE);
                String figure = f.text("figure", true);
                Money amount = f.amount("amount", true, u);
                String source = f.text("source", true);
                String at = f.has("at") ? f.text("at", false) : "";
                if (f.ok()) {
                    steps.add(new Trail.Step(figure, amount, source, at));
                }
            }
            if (!steps.isEmpty() && !line.isEmpty()) {
                out.put(line, new Trail(line, steps));
            }
        }
        return ReadResult.of(out, problems);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes a snapshot, amounts in pounds and pence so that nothing is lost.
     *
     * @param snapshot the snapshot
     * @param format JSON or YAML
     * @return the text
     */
    public static String write(MonitoringSnapshot snapshot, StructuredFormat format) {
        return write(snapshot, List.of(), format);
    }

    /**
     * Writes a snapshot with its lines' trails, amounts in pounds and pence.
     *
     * @param snapshot the snapshot
     * @param trails the trails of some or all of its lines (each line at most once)
     * @param format JSON or YAML
     * @return the text
     */
    public static String write(MonitoringSnapshot snapshot, List<Trail> trails, StructuredFormat format) {
        Map<String, Trail> byLine = new LinkedHashMap<>();
        for (Trail t : trails) {
            if (snapshot.line(t.line()).isEmpty() || byLine.putIfAbsent(t.line(), t) != null) {
                throw new FinanceRuleException("trail of '" + t.line() + "'", "not one of the snapshot's lines, or given twice",
                        "a trail is of one line of the snapshot");
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("title", snapshot.title());
        root.put("period", snapshot.period().toString());
        root.put("scope", snapshot.scope() == Scope.DSG ? "dsg" : "non_dsg");
        root.put("unit", "pounds");
        root.put("subTotalLabel", snapshot.subTotalLabel());
        root.put("totalLabel", snapshot.totalLabel());
        root.put("lines", snapshot.lines().stream().map(l -> {
            Map<String, Object> m = lineMap(l);
            Trail t = byLine.get(l.line());
            if (t != null) {
                m.put("sources", t.steps().stream().map(st -> {
                    Map<String, Object> sm = new LinkedHashMap<>();
                    sm.put("figure", st.figure());
                    sm.put("amount", st.amount().getAmount().toPlainString());
                    sm.put("source", st.source());
                    if (!st.location().isEmpty()) {
                        sm.put("at", st.location());
                    }
                    return sm;
                }).toList());
            }
            return m;
        }).toList());
        snapshot.grant().ifPresent(g -> root.put("grant", lineMap(g)));
        return format.write(root);
    }

    private static Map<String, Object> lineMap(MonitoringLine l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", l.line());
        if (!l.group().isEmpty()) {
            m.put("group", l.group());
        }
        m.put("netBudget", l.netBudget().getAmount().toPlainString());
        m.put("forecast", l.forecast().getAmount().toPlainString());
        if (!l.adjustments().isEmpty()) {
            List<Map<String, Object>> adj = new ArrayList<>();
            for (Adjustment a : l.adjustments()) {
                Map<String, Object> am = new LinkedHashMap<>();
                am.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
                am.put("name", a.name());
                am.put("amount", a.amount().getAmount().toPlainString());
                a.approvalIfAny().ifPresent(ap -> {
                    Map<String, Object> apm = new LinkedHashMap<>();
                    apm.put("route", ap.route().name().toLowerCase(Locale.ROOT));
                    apm.put("reference", ap.reference());
                    apm.put("date", ap.date().toString());
                    am.put("approval", apm);
                });
                adj.add(am);
            }
            m.put("adjustments", adj);
        }
        return m;
    }
}
