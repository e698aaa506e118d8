package io.sluice.bench.e2e;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The report of {@code bench/e2e/run.sh}: reads its {@code results.csv} (one row per run), and
 * writes {@code summary.md} (per workload and endpoint the medians over the repetitions, with
 * ratios to the direct connection and to HAProxy, readwritesplit's to readconnroute, and the issues'
 * targets checked) and {@code chart.png} (CPU per query, QPS against direct, voluntary context
 * switches per query).
 *
 * <pre>
 *   E2eReport RESULTS.csv OUT_DIR COMMAND MACHINE            summary.md and chart.png into OUT_DIR
 *   E2eReport --docs OUT_DIR docs/benchmarks.md [SECTION]    OUT_DIR's summary between the markers
 *                                                            SECTION:begin/end (e2e-summary)
 * </pre>
 */
public final class E2eReport
{
    static final String SECTION = "e2e-summary";
    /** The endpoint of the readwritesplit service (of the first variant; sluice-rws-NAME for the others). */
    static final String RWS = "sluice-rws";
    private static final List<String> WORKLOAD_ORDER = List.of("ps", "ps_noprep", "ro_skiptrx", "ro", "rw", "ps_1t");
    private static final Map<String, String> WORKLOAD_NAMES = Map.of(
        "ps", "oltp_point_select",
        "ps_noprep", "oltp_point_select --db-ps-mode=disable",
        "ro_skiptrx", "oltp_read_only --skip_trx=on",
        "ro", "oltp_read_only",
        "rw", "oltp_read_write",
        "ps_1t", "oltp_point_select, 1 thread");

    private E2eReport()
    {
    }

    /** One run: a row of results.csv. Empty cells are NaN. */
    record Run(int rep, String workload, int threads, String endpoint, double qps, double p95Ms, long errors,
        double cpuUsPerQuery, double vcsPerQuery, double ivcsPerQuery, double pollsPerQuery,
        double blockingPollsPerQuery, double eventsPerPoll, long[] questions, double epollWaitSyscallsPerQuery,
        double readSyscallsPerQuery, double writeSyscallsPerQuery, double cpuSysUsPerQuery, long reconnects)
    {
    }

    public static void main(final String[] args) throws IOException
    {
        System.setProperty("java.awt.headless", "true");
        if ((args.length == 3 || args.length == 4) && args[0].equals("--docs"))
        {
            updateDocs(Path.of(args[1]), Path.of(args[2]), args.length == 4 ? args[3] : SECTION);
            return;
        }
        if (args.length != 4)
        {
            System.err.println(
                "usage: E2eReport RESULTS.csv OUT_DIR COMMAND MACHINE | --docs OUT_DIR DOCS.md [SECTION]");
            System.exit(2);
        }
        final List<Run> runs = read(Path.of(args[0]));
        final Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.md"), summary(runs, args[2], args[3], out.getFileName().toString()),
            StandardCharsets.UTF_8);
        chart(runs, out.resolve("chart.png"));
        System.out.print(Files.readString(out.resolve("summary.md")));
    }

    static List<Run> read(final Path csv) throws IOException
    {
        final List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        final List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        final List<Run> runs = new ArrayList<>();
        for (final String line : lines.subList(1, lines.size()))
        {
            if (line.isBlank())
            {
                continue;
            }
            final String[] f = line.split(",", -1);
            final ToDoubleFunction<String> num = column ->
            {
                final int i = header.indexOf(column);
                if (i < 0 || i >= f.length)
                {
                    return Double.NaN;
                }
                final String v = f[i];
                return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
            };
            runs.add(new Run(Integer.parseInt(f[header.indexOf("rep")]), f[header.indexOf("workload")],
                (int)num.applyAsDouble("threads"), f[header.indexOf("endpoint")], num.applyAsDouble("qps"),
                num.applyAsDouble("p95_ms"), (long)num.applyAsDouble("errors"), num.applyAsDouble("cpu_us_per_q"),
                num.applyAsDouble("vcs_per_q"), num.applyAsDouble("ivcs_per_q"), num.applyAsDouble("polls_per_q"),
                num.applyAsDouble("blocking_polls_per_q"), num.applyAsDouble("events_per_poll"),
                new long[] {(long)num.applyAsDouble("q_db1"), (long)num.applyAsDouble("q_db2"),
                    (long)num.applyAsDouble("q_db3")}, num.applyAsDouble("sc_epoll_wait_per_q"),
                num.applyAsDouble("sc_read_per_q"), num.applyAsDouble("sc_write_per_q"),
                num.applyAsDouble("cpu_sys_us_per_q"), zeroIfNaN(num.applyAsDouble("reconnects"))));
        }
        return runs;
    }

    private static long zeroIfNaN(final double v)
    {
        return Double.isNaN(v) ? 0 : (long)v;
    }

    static double median(final List<Run> runs, final ToDoubleFunction<Run> metric)
    {
        final double[] v = runs.stream().mapToDouble(metric).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (v.length == 0)
        {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static List<String> workloads(final List<Run> runs)
    {
        final Set<String> seen = new LinkedHashSet<>();
        for (final String w : WORKLOAD_ORDER)
        {
            if (runs.stream().anyMatch(r -> r.workload().equals(w)))
            {
                seen.add(w);
            }
        }
        runs.forEach(r -> seen.add(r.workload()));
        return new ArrayList<>(seen);
    }

    private static List<String> endpoints(final List<Run> runs)
    {
        final Set<String> seen = new LinkedHashSet<>();
        runs.forEach(r -> seen.add(r.endpoint()));
        return new ArrayList<>(seen);
    }

    private static List<Run> of(final List<Run> runs, final String workload, final String endpoint)
    {
        return runs.stream().filter(r -> r.workload().equals(workload) && r.endpoint().equals(endpoint)).toList();
    }

    static String summary(final List<Run> runs, final String command, final String machine, final String runName)
    {
        final StringBuilder md = new StringBuilder();
        final int reps = runs.stream().mapToInt(Run::rep).max().orElse(0);
        md.append("Run `").append(runName).append("`: `").append(command).append("`; ").append(machine)
            .append(". Medians of ").append(reps).append(" interleaved repetitions.\n\n");
        final boolean syscalls = runs.stream().anyMatch(r -> !Double.isNaN(r.epollWaitSyscallsPerQuery()));
        md.append("| workload | endpoint | QPS | × direct | p95 ms | errors | CPU µs/query (system) | × HAProxy "
            + "| vol. cs/query | invol. cs/query | epoll_wait/query | sleeping polls/query | events/poll "
            + "| Questions db1/db2/db3 |" + (syscalls ? " syscalls/query: epoll_wait, reads, writes |" : "") + "\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
                + (syscalls ? "---|" : "") + "\n");
        final List<String> targets = new ArrayList<>();
        for (final String w : workloads(runs))
        {
            final double haCpu = median(of(runs, w, "haproxy"), Run::cpuUsPerQuery);
            for (final String e : endpoints(runs))
            {
                final List<Run> rs = of(runs, w, e);
                if (rs.isEmpty())
                {
                    continue;
                }
                final double qps = median(rs, Run::qps);
                final double cpu = median(rs, Run::cpuUsPerQuery);
                final double qpsToDirect = pairedRatio(runs, w, e, "direct", Run::qps);
                final double cpuToHaproxy = pairedRatio(runs, w, e, "haproxy", Run::cpuUsPerQuery);
                final long errors = rs.stream().mapToLong(Run::errors).sum();
                final long reconnects = rs.stream().mapToLong(Run::reconnects).sum();
                final long[] q = new long[3];
                for (final Run r : rs)
                {
                    for (int i = 0; i < 3; i++)
                    {
                        q[i] += r.questions()[i];
                    }
                }
                final long qt = Math.max(1, q[0] + q[1] + q[2]);
                md.append("| ").append(WORKLOAD_NAMES.getOrDefault(w, w)).append(" | ").append(e)
                    .append(" | ").append(fmt(qps, 0))
                    .append(" | ").append(fmt(qpsToDirect, 2))
                    .append(" | ").append(fmt(median(rs, Run::p95Ms), 2))
                    .append(" | ").append(errors).append(reconnects == 0 ? "" : " (" + reconnects + " reconnects)")
                    .append(" | ").append(fmt(cpu, 1))
                    .append(Double.isNaN(median(rs, Run::cpuSysUsPerQuery)) ? ""
                        : " (" + fmt(median(rs, Run::cpuSysUsPerQuery), 1) + ")")
                    .append(" | ").append(fmt(cpuToHaproxy, 2))
                    .append(" | ").append(fmt(median(rs, Run::vcsPerQuery), 2))
                    .append(" | ").append(fmt(median(rs, Run::ivcsPerQuery), 2))
                    .append(" | ").append(fmt(median(rs, Run::pollsPerQuery), 3))
                    .append(" | ").append(fmt(median(rs, Run::blockingPollsPerQuery), 3))
                    .append(" | ").append(fmt(median(rs, Run::eventsPerPoll), 2))
                    .append(" | ").append(String.format(Locale.ROOT, "%d/%d/%d %%", 100 * q[0] / qt, 100 * q[1] / qt,
                        100 * q[2] / qt))
                    .append(" |");
                if (syscalls)
                {
                    md.append(' ').append(fmt(median(rs, Run::epollWaitSyscallsPerQuery), 2)).append(", ")
                        .append(fmt(median(rs, Run::readSyscallsPerQuery), 2)).append(", ")
                        .append(fmt(median(rs, Run::writeSyscallsPerQuery), 2)).append(" |");
                }
                md.append('\n');
                if (e.startsWith(RWS))
                {
                    rwsTargets(targets, runs, w, e, q);
                }
                if (e.startsWith("sluice"))
                {
                    check(targets, errors + reconnects == 0, w, e, "zero errors",
                        errors + " errors, " + reconnects + " reconnects");
                    if (!e.startsWith(RWS)) // issue 16's targets are readconnroute's
                    {
                        if (!Double.isNaN(haCpu))
                        {
                            check(targets, cpuToHaproxy <= 1.0, w, e, "CPU/query ≤ HAProxy's",
                                fmt(cpuToHaproxy, 2) + " × HAProxy");
                        }
                        if (w.equals("ps"))
                        {
                            if (!Double.isNaN(haCpu))
                            {
                                check(targets, cpuToHaproxy <= 0.80, w, e, "CPU/query ≤ 0.80 × HAProxy's",
                                    fmt(cpuToHaproxy, 2) + " × HAProxy");
                            }
                            final double polls = median(rs, Run::pollsPerQuery);
                            check(targets, polls <= 0.30, w, e, "epoll_wait/query ≤ 0.30", fmt(polls, 3));
                        }
                        if (w.equals("ps_1t"))
                        {
                            check(targets, qpsToDirect >= 0.80, w, e, "QPS ≥ 0.80 × direct",
                                fmt(qpsToDirect, 2) + " × direct");
                        }
                    }
                }
            }
        }
        md.append("\nCPU is the proxy process's user + system time (`/proc/PID/stat`); context switches are "
            + "summed over its threads (`/proc/PID/task/*/status`); epoll_wait/query and sleeping polls/query "
            + "(calls with a non-zero timeout) come from Sluice's worker counters (`GET /v1/maxscale/threads`); "
            + "the ratios are medians of each repetition's ratio to the run of the same repetition"
            + (syscalls
            ? "; syscalls/query are counted by `perf stat` tracepoints on the proxy process (SYSCALLS=1)" : "")
            + ".\n");
        if (!targets.isEmpty())
        {
            md.append("\nTargets (issue 16: readconnroute; sluice-rws: issue 13):\n\n");
            targets.forEach(t -> md.append("- ").append(t).append('\n'));
        }
        md.append("\n![chart](chart.png)\n");
        return md.toString();
    }

    /**
     * Issue 13's targets for a readwritesplit endpoint: CPU per query at most 1.1 × readconnroute's
     * and QPS at least readconnroute's (paired per repetition with the readconnroute service of the
     * same Sluice process), and, where the reads may go to replicas (no transactions), each replica
     * answering at least 30 % of what the two answered.
     */
    private static void rwsTargets(final List<String> targets, final List<Run> runs, final String w, final String e,
        final long[] questions)
    {
        final String rcr = "sluice" + e.substring(RWS.length());
        if (!of(runs, w, rcr).isEmpty())
        {
            final double cpu = pairedRatio(runs, w, e, rcr, Run::cpuUsPerQuery);
            final double qps = pairedRatio(runs, w, e, rcr, Run::qps);
            check(targets, cpu <= 1.10, w, e, "CPU/query ≤ 1.1 × readconnroute's", fmt(cpu, 2) + " × " + rcr);
            check(targets, qps >= 1.00, w, e, "QPS ≥ readconnroute's", fmt(qps, 2) + " × " + rcr);
        }
        if (!w.equals("ro") && !w.equals("rw"))
        {
            final long replicas = Math.max(1, questions[1] + questions[2]);
            final long least = Math.min(questions[1], questions[2]);
            check(targets, 10 * least >= 3 * replicas, w, e, "reads spread over db2 and db3",
                String.format(Locale.ROOT, "db2 %d, db3 %d Questions", questions[1], questions[2]));
        }
    }

    private static void check(final List<String> out, final boolean met, final String workload, final String endpoint,
        final String target, final String measured)
    {
        out.add((met ? "met: " : "**missed**: ") + endpoint + ", " + WORKLOAD_NAMES.getOrDefault(workload, workload)
            + ": " + target + " (" + measured + ")");
    }

    /**
     * The median over repetitions of {@code metric(run) / metric(reference run of the same
     * repetition)}: each repetition's pair ran minutes apart at most, so drift between
     * repetitions cancels out.
     */
    static double pairedRatio(final List<Run> runs, final String workload, final String endpoint,
            final String reference,
        final ToDoubleFunction<Run> metric)
    {
        final List<Double> ratios = new ArrayList<>();
        for (final Run r : of(runs, workload, endpoint))
        {
            for (final Run ref : of(runs, workload, reference))
            {
                if (ref.rep() == r.rep())
                {
                    final double v = metric.applyAsDouble(r) / metric.applyAsDouble(ref);
                    if (!Double.isNaN(v) && !Double.isInfinite(v))
                    {
                        ratios.add(v);
                    }
                }
            }
        }
        final double[] v = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0)
        {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String fmt(final double v, final int decimals)
    {
        return Double.isNaN(v) || Double.isInfinite(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static void chart(final List<Run> runs, final Path png) throws IOException
    {
        final List<String> workloads = workloads(runs);
        final List<String> endpoints = endpoints(runs);
        final List<CategoryChart> charts = new ArrayList<>();
        charts.add(bars("CPU µs per query (proxy process)", "µs", workloads,
            endpoints.stream().filter(e -> !e.equals("direct")).toList(), runs, Run::cpuUsPerQuery, false));
        charts.add(bars("QPS / direct", "ratio", workloads,
                endpoints.stream().filter(e -> !e.equals("direct")).toList(),
            runs, Run::qps, true));
        charts.add(bars("Voluntary context switches per query (proxy process)", "switches", workloads,
            endpoints.stream().filter(e -> !e.equals("direct")).toList(), runs, Run::vcsPerQuery, false));
        BitmapEncoder.saveBitmap(charts, 3, 1, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static CategoryChart bars(final String title, final String yTitle, final List<String> workloads,
        final List<String> endpoints, final List<Run> runs, final ToDoubleFunction<Run> metric, final boolean toDirect)
    {
        final CategoryChart chart = new CategoryChartBuilder().width(1000).height(340).title(title)
            .xAxisTitle("workload").yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont().deriveFont(14f));
        chart.getStyler().setAvailableSpaceFill(0.8);
        final Map<String, List<Double>> series = new LinkedHashMap<>();
        for (final String e : endpoints)
        {
            final List<Double> ys = new ArrayList<>();
            for (final String w : workloads)
            {
                final double v = toDirect ? pairedRatio(runs, w, e, "direct", metric) : median(of(runs, w, e), metric);
                ys.add(Double.isNaN(v) || Double.isInfinite(v) ? 0.0 : v);
            }
            series.put(e, ys);
        }
        final List<String> labels = workloads.stream().map(w -> w).toList();
        series.forEach((e, ys) -> chart.addSeries(e, labels, ys));
        return chart;
    }

    static String begin(final String section)
    {
        return "<!-- " + section + ":begin (bench/e2e/run.sh writes this part) -->";
    }

    static String end(final String section)
    {
        return "<!-- " + section + ":end -->";
    }

    /**
     * Puts OUT_DIR's summary between the section's markers of the docs page (the page is created when
     * missing, the markers appended when the page has none).
     */
    static void updateDocs(final Path out, final Path docs, final String section) throws IOException
    {
        final String open = begin(section);
        final String close = end(section);
        String summary = Files.readString(out.resolve("summary.md"), StandardCharsets.UTF_8);
        final Path rel = docs.toAbsolutePath().getParent().relativize(out.toAbsolutePath());
        summary = summary.replace("](chart.png)", "](" + rel.toString().replace('\\', '/') + "/chart.png)");
        final String block = open + "\n" + summary + close;
        String text = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8)
            : "# Benchmarks\n\n## End to end (bench/e2e/run.sh)\n\n" + open + "\n" + close + "\n";
        final int b = text.indexOf(open);
        final int e = text.indexOf(close);
        if (b < 0 || e < b)
        {
            text = text + "\n" + block + "\n";
        }
        else
        {
            text = text.substring(0, b) + block + text.substring(e + close.length());
        }
        Files.writeString(docs, text, StandardCharsets.UTF_8);
    }
}
