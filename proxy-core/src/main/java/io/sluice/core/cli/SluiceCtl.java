package io.sluice.core.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sluice.core.launcher.SluiceVersion;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bin/sluicectl}: MaxScale's {@code maxctrl} for Sluice, over the admin REST API. Tables for
 * people, {@code --json} for scripts. Exit status: 0 done; 1 Sluice unreachable, wrong credentials,
 * no such resource or a refused request (one line on stderr); 2 bad command-line arguments.
 */
@Command(name = "sluicectl", mixinStandardHelpOptions = true, versionProvider = SluiceCtl.Version.class,
    description = "Administers a running Sluice through its admin REST API (MaxScale's maxctrl).",
    subcommands = {SluiceCtl.ListCommand.class, SluiceCtl.ShowCommand.class, SluiceCtl.SetCommand.class,
        SluiceCtl.ClearCommand.class, SluiceCtl.CallCommand.class, SluiceCtl.KillCommand.class,
        SluiceCtl.CreateCommand.class, SluiceCtl.AlterCommand.class, SluiceCtl.DestroyCommand.class,
        SluiceCtl.LoadCommand.class, SluiceCtl.RebalanceCommand.class, AutoComplete.GenerateCompletion.class})
public final class SluiceCtl implements Runnable
{
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final String PASSWORD_ENV = "SLUICECTL_PASSWORD";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(final String[] args)
    {
        System.exit(run(args, System.out, System.err));
    }

    static int run(final String[] args, final PrintStream out, final PrintStream err)
    {
        final CommandLine cli = new CommandLine(new SluiceCtl());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return cli.execute(args);
    }

    @Override
    public void run()
    {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Where Sluice is and how to log in: every command takes these. */
    static final class Connection
    {
        @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:SLUICECTL_URL:-http://127.0.0.1:8989}",
            description = "The admin API (default ${DEFAULT-VALUE}; env SLUICECTL_URL).")
        String url;

        @Option(names = {"-u", "--user"}, paramLabel = "USER", defaultValue = "admin",
            description = "Admin user (default ${DEFAULT-VALUE}).")
        String user;

        @Option(names = {"-p", "--password"}, paramLabel = "PASSWORD",
                defaultValue = "${env:SLUICECTL_PASSWORD:-mariadb}",
            description = "Admin password (default: env " + PASSWORD_ENV + ", else mariadb).")
        String password;

        @Option(names = "--json", description = "Print the API's JSON document instead of a table.")
        boolean json;

        @Option(names = "--tls-ca-cert", paramLabel = "FILE",
            description = "PEM certificate(s) to trust for an https URL (e.g. Sluice's own admin_ssl_cert).")
        java.nio.file.Path caCert;

        AdminClient client() throws AdminClient.Failure
        {
            if (caCert == null)
            {
                return new AdminClient(url, user, password);
            }
            try
            {
                return new AdminClient(url, user, password, io.sluice.core.admin.AdminTls.clientContext(caCert));
            }
            catch (final java.io.IOException e)
            {
                throw new AdminClient.Failure("cannot use --tls-ca-cert " + caCert + ": " + e.getMessage());
            }
        }
    }

    /** Runs a request; a failure is one line on stderr and exit status 1. */
    abstract static class Base implements Callable<Integer>
    {
        @Mixin
        Connection connection;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call()
        {
            try
            {
                execute(connection.client(), spec.commandLine().getOut());
                return EXIT_OK;
            }
            catch (final AdminClient.Failure e)
            {
                spec.commandLine().getErr().println("sluicectl: " + e.getMessage());
                return EXIT_FAILED;
            }
        }

        abstract void execute(AdminClient client, PrintWriter out) throws AdminClient.Failure;

        void printJson(final PrintWriter out, final JsonNode document)
        {
            try
            {
                out.println(JSON.writeValueAsString(document));
            }
            catch (final JsonProcessingException e)
            {
                throw new IllegalStateException(e);
            }
            out.flush();
        }

        void requireWord(final String given, final String wanted)
        {
            if (!given.equals(wanted))
            {
                throw new CommandLine.ParameterException(spec.commandLine(),
                    "expected '" + wanted + "', not '" + given + "'");
            }
        }
    }

    /** The kinds of resource {@code list} and {@code show} know. */
    enum Kind
    {
        servers("/v1/servers"), services("/v1/services"), listeners("/v1/listeners"), filters("/v1/filters"),
        monitors("/v1/monitors"), sessions("/v1/sessions"), threads("/v1/maxscale/threads"),
        modules("/v1/maxscale/modules"), users("/v1/users/inet");

        final String path;

        Kind(final String path)
        {
            this.path = path;
        }
    }

    @Command(name = "list", description = "List servers, services, listeners, filters, monitors, sessions, threads, "
        + "modules or users.")
    static final class ListCommand extends Base
    {
        @Parameters(paramLabel = "TYPE", description = "One of: ${COMPLETION-CANDIDATES}.")
        Kind kind;

        @Override
        void execute(final AdminClient client, final PrintWriter out) throws AdminClient.Failure
        {
            final JsonNode document = client.send("GET", kind.path);
            if (connection.json)
            {
                printJson(out, document);
                return;
            }
            final Table table = Tables.of(kind, document.path("data"));
            table.print(out);
        }
    }

    /** {@code show} names a single resource; the singular of each list type, plus {@code maxscale}. */
    @Command(name = "show", description = "Show one server, service, listener, filter, monitor, session, module, "
        + "user, thread, or maxscale.")
    static final class ShowCommand extends Base
    {
        @Parameters(index = "0", paramLabel = "TYPE", completionCandidates = ShowTypes.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
        String type;

        @Parameters(index = "1", paramLabel = "NAME", arity = "0..1", description = "The resource's name (id).")
        String name;

        @Override
        void execute(final AdminClient client, final PrintWriter out) throws AdminClient.Failure
        {
            final String path = switch (type)
            {
                case "server" -> "/v1/servers/";
                case "service" -> "/v1/services/";
                case "listener" -> "/v1/listeners/";
                case "filter" -> "/v1/filters/";
                case "monitor" -> "/v1/monitors/";
                case "session" -> "/v1/sessions/";
                case "module" -> "/v1/maxscale/modules/";
                case "user" -> "/v1/users/inet/";
                case "thread" -> "/v1/maxscale/threads";
                case "maxscale" -> "/v1/maxscale";
                default -> throw new CommandLine.ParameterException(spec.commandLine(), "unknown type '" + type
                    + "'; one of " + String.join(", ", new ShowTypes()));
            };
            final boolean named = path.endsWith("/");
            if (named && name == null)
            {
                throw new CommandLine.ParameterException(spec.commandLine(), "show " + type + " needs a NAME");
            }
            final JsonNode document = client.send("GET", named ? path + encode(name) : path);
            if (connection.json)
            {
                printJson(out, document);
                return;
            }
            JsonNode data = document.path("data");
            if (type.equals("thread"))
            {
                data = pick(data, name);
            }
            Tables.keyValues(data).print(out);
        }

        private static JsonNode pick(final JsonNode threads, final String id) throws AdminClient.Failure
        {
            for (final JsonNode t : threads)
            {
                if (t.path("id").asText().equals(id))
                {
                    return t;
                }
            }
            throw new AdminClient.Failure("no thread " + id + " (HTTP 404)");
        }
    }

    /** The types {@code show} takes. */
    static final class ShowTypes extends ArrayList<String>
    {
        private static final long serialVersionUID = 1L;

        ShowTypes()
        {
            super(List.of("server", "service", "listener", "filter", "monitor", "session", "module", "user", "thread",
                "maxscale"));
        }
    }

    /** The server states an operator sets or clears. */
    enum OperatorState
    {
        maintenance, drain
    }

    /** {@code set|clear server NAME STATE}: one request, {@code PUT /v1/servers/NAME/set|clear?state=STATE}. */
    abstract static class OperatorStateCommand extends Base
    {
        @Parameters(index = "0", paramLabel = "server", completionCandidates = ServerWord.class) String what;
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @Parameters(index = "2", paramLabel = "STATE", description = "${COMPLETION-CANDIDATES}") OperatorState state;

        /** {@code set} or {@code clear}. */
        abstract String operation();

        @Override
        void execute(final AdminClient client, final PrintWriter out) throws AdminClient.Failure
        {
            requireWord(what, "server");
            client.send("PUT", "/v1/servers/" + encode(name) + "/" + operation() + "?state=" + state.name());
            out.println("OK");
            out.flush();
        }
    }

    @Command(name = "set",
            description = "Set a server's maintenance or drain state: set server NAME maintenance|drain.")
    static final class SetCommand extends OperatorStateCommand
    {
        @Override
        String operation()
        {
            return "set";
        }
    }

    @Command(name = "clear", description = "Clear a server's maintenance or drain state: clear server NAME "
        + "maintenance|drain.")
    static final class ClearCommand extends OperatorStateCommand
    {
        @Override
        String operation()
        {
            return "clear";
        }
    }

    /** The literal word of {@code set server} and {@code clear server}. */
    static final class ServerWord extends ArrayList<String>
    {
        private static final long serialVersionUID = 1L;

        ServerWord()
        {
            super(List.of("server"));
        }
    }

    @Command(name = "call", description = "Call a module command: call command MODULE COMMAND MONITOR [ARG...] "
        + "(e.g. call command mariadbmon switchover TheMonitor db2).")
    static final class CallCommand extends Base
    {
        @Parameters(index = "0", paramLabel = "command") String what;
        @Parameters(index = "1", paramLabel = "MODULE") String module;
        @Parameters(index = "2", paramLabel = "COMMAND") String command;
        @Parameters(index = "3..*", paramLabel = "ARG", arity = "1..*", description = "The monitor, then the "
            + "command's arguments.") List<String> args;

        @Override
        void execute(final AdminClient client, final PrintWriter out) throws AdminClient.Failure
        {
            requireWord(what, "command");
            final StringBuilder query = new StringBuilder();
            for (final String arg : args)
            {
                query.append(query.length() == 0 ? "?" : "&").append(encode(arg));
            }
            final JsonNode document = client.send("POST", "/v1/maxscale/modules/" + encode(module) + "/"
                + encode(command) + query);
            if (connection.json)
            {
                printJson(out, document);
                return;
            }
            final JsonNode meta = document.path("meta");
            if (meta.isObject() && meta.size() > 0)
            {
                Tables.keyValues(meta).print(out);
            }
            else
            {
                out.println("OK");
                out.flush();
            }
        }
    }

    @Command(name = "kill", description = "Close a client session: kill session ID.")
    static final class KillCommand extends Base
    {
        @Parameters(index = "0", paramLabel = "session") String what;
        @Parameters(index = "1", paramLabel = "ID") String id;

        @Override
        void execute(final AdminClient client, final PrintWriter out) throws AdminClient.Failure
        {
            requireWord(what, "session");
            client.send("DELETE", "/v1/sessions/" + encode(id));
            out.println("OK");
            out.flush();
        }
    }

    @Command(name = "rebalance", description = "Move sessions between workers (maxctrl rebalance): rebalance "
        + "threads [--threshold T] (the busiest worker gives a session to the least busy if their loads differ by "
        + "more than T) | rebalance thread ID RECIPIENT [--sessions K] (worker ID moves up to K sessions to "
        + "RECIPIENT).")
    static final class RebalanceCommand extends Base
    {
        @Parameters(index = "0", paramLabel = "threads|thread") String what;
        @Parameters(index = "1..*", arity = "0..2", paramLabel = "ID RECIPIENT") List<String> ids;
        @Option(names = "--threshold", paramLabel = "T", description = "Percent (default: rebalance_threshold).")
        Integer threshold;
        @Option(names = "--sessions", paramLabel = "K", description = "Sessions to move (default 1).")
        Integer sessions;

        @Override
        void execute(final AdminClient client, final PrintWriter out) throws AdminClient.Failure
        {
            final List<String> given = ids == null ? List.of() : ids;
            if (what.equals("threads") && given.isEmpty() && sessions == null)
            {
                client.send("POST", "/v1/maxscale/threads/rebalance"
                    + (threshold == null ? "" : "?threshold=" + threshold));
            }
            else if (what.equals("thread") && given.size() == 2 && threshold == null)
            {
                client.send("POST", "/v1/maxscale/threads/" + encode(given.get(0)) + "/rebalance?recipient="
                    + encode(given.get(1)) + (sessions == null ? "" : "&sessions=" + sessions));
            }
            else
            {
                throw new CommandLine.ParameterException(spec.commandLine(),
                    "expected 'threads [--threshold T]' or 'thread ID RECIPIENT [--sessions K]'");
            }
            out.println("OK");
            out.flush();
        }
    }

    /** The account types of {@code create user}. */
    enum Account
    {
        admin, basic
    }

    /** The resource types create, alter and destroy take, and their API paths. */
    static final class ChangeTypes extends ArrayList<String>
    {
        private static final long serialVersionUID = 1L;

        ChangeTypes()
        {
            super(List.of("server", "service", "listener", "monitor", "filter", "user"));
        }
    }

    private static String collection(final CommandLine.Model.CommandSpec spec, final String type)
    {
        if (!new ChangeTypes().contains(type))
        {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown type '" + type + "'; one of "
                + String.join(", ", new ChangeTypes()));
        }
        return type.equals("user") ? "/v1/users/inet" : "/v1/" + type + "s";
    }

    /** {@code key=value} words as parameters (an empty value removes one on alter). */
    private static com.fasterxml.jackson.databind.node.ObjectNode parameters(final CommandLine.Model.CommandSpec spec,
        final List<String> words)
    {
        final var parameters = JSON.createObjectNode();
        for (final String word : words)
        {
            final int eq = word.indexOf('=');
            if (eq <= 0)
            {
                throw new CommandLine.ParameterException(spec.commandLine(), "expected key=value, not '" + word + "'");
            }
            final String value = word.substring(eq + 1);
            if (value.isEmpty())
            {
                parameters.putNull(word.substring(0, eq));
            }
            else
            {
                parameters.put(word.substring(0, eq), value);
            }
        }
        return parameters;
    }

    @Command(name = "create",
            description = {"Create while Sluice runs (validated, applied at once, kept across restarts):",
        "  create server NAME ADDRESS [PORT] [key=value...]",
        "  create service NAME ROUTER [key=value...]      (e.g. servers=db1,db2 user=... password=...)",
        "  create listener SERVICE NAME PORT [key=value...]",
        "  create monitor NAME MODULE [key=value...]      create filter NAME MODULE [key=value...]",
        "  create user NAME PASSWORD [--type admin|basic]"})
    static final class CreateCommand extends Base
    {
        @Parameters(index = "0", paramLabel = "TYPE", completionCandidates = ChangeTypes.class) String what;
        @Parameters(index = "1..*", paramLabel = "ARG", arity = "2..*") List<String> args;

        @Option(names = "--type", paramLabel = "TYPE", defaultValue = "basic",
            description = "For users: admin (may change things) or basic (read-only); default ${DEFAULT-VALUE}.")
        Account type;

        @Override
        void execute(final AdminClient client, final PrintWriter out) throws AdminClient.Failure
        {
            final String path = collection(spec, what);
            final var document = JSON.createObjectNode();
            final var data = document.putObject("data");
            final var attributes = JSON.createObjectNode();
            String name = args.get(0);
            List<String> rest = args.subList(1, args.size());
            switch (what)
            {
                case "user" ->
                {
                    attributes.put("password", args.get(1)).put("account", type.name());
                    rest = List.of();
                }
                case "server" ->
                {
                    final var p = JSON.createObjectNode().put("address", args.get(1));
                    int used = 2;
                    if (args.size() > 2 && args.get(2).matches("\\d+"))
                    {
                        p.put("port", args.get(2));
                        used = 3;
                    }
                    p.setAll(parameters(spec, args.subList(used, args.size())));
                    attributes.set("parameters", p);
                    rest = List.of();
                }
                case "listener" ->
                {
                    if (args.size() < 3)
                    {
                        throw new CommandLine.ParameterException(spec.commandLine(),
                                "create listener SERVICE NAME PORT");
                    }
                    name = args.get(1);
                    final var p = JSON.createObjectNode().put("service", args.get(0)).put("port", args.get(2));
                    p.setAll(parameters(spec, args.subList(3, args.size())));
                    attributes.set("parameters", p);
                    rest = List.of();
                }
                default ->
                {
                    final var p = JSON.createObjectNode().put(what.equals("service") ? "router"
                            : "module", args.get(1));
                    p.setAll(parameters(spec, args.subList(2, args.size())));
                    attributes.set("parameters", p);
                    rest = List.of();
                }
            }
            if (!rest.isEmpty())
            {
                throw new CommandLine.ParameterException(spec.commandLine(), "unexpected " + rest);
            }
            data.put("id", name).put("type", what.equals("user") ? "inet" : what + "s");
            data.set("attributes", attributes);
            client.send("POST", path, document.toString());
            out.println("OK");
            out.flush();
        }
    }

    @Command(name = "alter",
            description = {"Change while Sluice runs (an altered section restarts with what depends on it):",
        "  alter server|service|listener|monitor|filter NAME key=value... (key= removes a parameter)",
        "  alter user NAME PASSWORD",
        "  alter maxscale key=value...  (a global parameter; refused, with the reason, if it cannot change live)"})
    static final class AlterCommand extends Base
    {
        @Parameters(index = "0", paramLabel = "TYPE", completionCandidates = AlterTypes.class) String what;
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @Parameters(index = "2..*", paramLabel = "ARG", arity = "0..*") List<String> args = new ArrayList<>();

        @Override
        void execute(final AdminClient client, final PrintWriter out) throws AdminClient.Failure
        {
            final var document = JSON.createObjectNode();
            final var attributes = document.putObject("data").putObject("attributes");
            if (what.equals("maxscale"))
            {
                final List<String> words = new ArrayList<>(List.of(name));
                words.addAll(args);
                attributes.set("parameters", parameters(spec, words));
                client.send("PATCH", "/v1/maxscale", document.toString());
                out.println("OK");
                out.flush();
                return;
            }
            final String path = collection(spec, what);
            if (args.isEmpty())
            {
                throw new CommandLine.ParameterException(spec.commandLine(), "alter " + what + " " + name
                    + " needs " + (what.equals("user") ? "a PASSWORD" : "key=value..."));
            }
            if (what.equals("user"))
            {
                attributes.put("password", args.get(0));
            }
            else
            {
                attributes.set("parameters", parameters(spec, args));
            }
            client.send("PATCH", path + "/" + encode(name), document.toString());
            out.println("OK");
            out.flush();
        }
    }

    /** The types {@code alter} takes: those of create, and {@code maxscale}. */
    static final class AlterTypes extends ArrayList<String>
    {
        private static final long serialVersionUID = 1L;

        AlterTypes()
        {
            super(new ChangeTypes());
            add("maxscale");
        }
    }

    @Command(name = "load", description = {"Load a module jar while Sluice runs, from a path on Sluice's host:",
        "  load module PATH   (e.g. load module /opt/sluice/extra/my-router.jar)",
        "Its modules are listed at once and can be named by services; a jar that is refused changes nothing."})
    static final class LoadCommand extends Base
    {
        @Parameters(index = "0", paramLabel = "module", completionCandidates = ModuleWord.class) String what;
        @Parameters(index = "1", paramLabel = "PATH", description = "The jar; a relative path is taken from the "
            + "current directory.") java.nio.file.Path jar;

        @Override
        void execute(final AdminClient client, final PrintWriter out) throws AdminClient.Failure
        {
            requireWord(what, "module");
            final var document = JSON.createObjectNode();
            document.putObject("data").putObject("attributes").put("path", jar.toAbsolutePath().normalize().toString());
            final JsonNode answer = client.send("POST", "/v1/maxscale/modules", document.toString());
            if (connection.json)
            {
                printJson(out, answer);
                return;
            }
            Tables.of(Kind.modules, answer.path("data")).print(out);
        }
    }

    /** The literal word of {@code load module}. */
    static final class ModuleWord extends ArrayList<String>
    {
        private static final long serialVersionUID = 1L;

        ModuleWord()
        {
            super(List.of("module"));
        }
    }

    @Command(name = "destroy",
            description = "Destroy while Sluice runs: destroy server|service|listener|monitor|filter|user "
        + "NAME.")
    static final class DestroyCommand extends Base
    {
        @Parameters(index = "0", paramLabel = "TYPE", completionCandidates = ChangeTypes.class) String what;
        @Parameters(index = "1", paramLabel = "NAME") String name;

        @Override
        void execute(final AdminClient client, final PrintWriter out) throws AdminClient.Failure
        {
            client.send("DELETE", collection(spec, what) + "/" + encode(name));
            out.println("OK");
            out.flush();
        }
    }

    static String encode(final String segment)
    {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider
    {
        @Override
        public String[] getVersion()
        {
            return new String[] {"sluicectl " + SluiceVersion.version()};
        }
    }

    /** Renders the API's documents as tables. */
    static final class Tables
    {
        private Tables()
        {
        }

        static Table of(final Kind kind, final JsonNode data)
        {
            return switch (kind)
            {
                case servers -> servers(data);
                case services -> services(data);
                case listeners -> listeners(data);
                case filters -> filters(data);
                case monitors -> monitors(data);
                case sessions -> sessions(data);
                case threads -> threads(data);
                case modules -> modules(data);
                case users -> users(data);
            };
        }

        private static String ids(final JsonNode relationship)
        {
            final List<String> ids = new ArrayList<>();
            for (final JsonNode r : relationship.path("data"))
            {
                ids.add(r.path("id").asText());
            }
            return String.join(", ", ids);
        }

        private static Table servers(final JsonNode data)
        {
            final Table table = new Table("Server", "Address", "Port", "Connections", "State",
                    "GTID", "Lag", "Monitor");
            for (final JsonNode s : data)
            {
                final JsonNode a = s.path("attributes");
                table.row(s.path("id").asText(), a.path("parameters").path("address").asText(),
                    a.path("parameters").path("port").asText(), a.path("statistics").path("connections").asText(),
                    a.path("state").asText(), a.path("gtid_current_pos").asText(), a.path("replication_lag").asText(),
                    ids(s.path("relationships").path("monitors")));
            }
            return table;
        }

        private static Table services(final JsonNode data)
        {
            final Table table = new Table("Service", "Router", "Connections", "Total Connections", "Targets");
            for (final JsonNode s : data)
            {
                final JsonNode a = s.path("attributes");
                table.row(s.path("id").asText(), a.path("router").asText(),
                    a.path("statistics").path("connections").asText(),
                    a.path("statistics").path("total_connections").asText(),
                    ids(s.path("relationships").path("servers")));
            }
            return table;
        }

        private static Table listeners(final JsonNode data)
        {
            final Table table = new Table("Name", "Port", "Host", "State", "Service", "Protocol", "Accepted");
            for (final JsonNode l : data)
            {
                final JsonNode a = l.path("attributes");
                table.row(l.path("id").asText(), a.path("port").asText(), a.path("address").asText(),
                    a.path("state").asText(), ids(l.path("relationships").path("services")),
                    a.path("protocol").asText(),
                    a.path("statistics").path("accepted").asText());
            }
            return table;
        }

        private static Table filters(final JsonNode data)
        {
            final Table table = new Table("Filter", "Service", "Module");
            for (final JsonNode f : data)
            {
                table.row(f.path("id").asText(), ids(f.path("relationships").path("services")),
                    f.path("attributes").path("module").asText());
            }
            return table;
        }

        private static Table monitors(final JsonNode data)
        {
            final Table table = new Table("Monitor", "Module", "Servers");
            for (final JsonNode m : data)
            {
                table.row(m.path("id").asText(), m.path("attributes").path("module").asText(),
                    ids(m.path("relationships").path("servers")));
            }
            return table;
        }

        private static Table sessions(final JsonNode data)
        {
            final Table table = new Table("Id", "Client", "User", "Service", "Worker", "Connected", "Queries",
                "Servers");
            for (final JsonNode s : data)
            {
                final JsonNode a = s.path("attributes");
                table.row(s.path("id").asText(), a.path("remote").asText(), a.path("user").asText(""),
                    ids(s.path("relationships").path("services")), a.path("thread").asText(),
                    a.path("connected").asText(), a.path("statistics").path("queries").asText(),
                    ids(s.path("relationships").path("servers")));
            }
            return table;
        }

        private static Table threads(final JsonNode data)
        {
            final Table table = new Table("Id", "Sessions", "Load (period)", "Load (minute)", "Load (hour)",
                "Reads", "Writes", "Accepts", "Inbox", "Moved out", "Moved in");
            for (final JsonNode t : data)
            {
                final JsonNode stats = t.path("attributes").path("stats");
                table.row(t.path("id").asText(), stats.path("sessions").asText(),
                    stats.path("load").path("last_second").asText(), stats.path("load").path("last_minute").asText(),
                    stats.path("load").path("last_hour").asText(), stats.path("reads").asText(),
                    stats.path("writes").asText(), stats.path("accepts").asText(),
                    stats.path("inbox_depth").asText(), stats.path("sessions_moved_out").asText(),
                    stats.path("sessions_moved_in").asText());
            }
            return table;
        }

        private static Table modules(final JsonNode data)
        {
            final Table table = new Table("Module", "Type", "Version", "API", "Source");
            for (final JsonNode m : data)
            {
                final JsonNode a = m.path("attributes");
                table.row(m.path("id").asText(), a.path("module_type").asText(), a.path("version").asText(),
                    a.path("api").asText(), a.path("source").asText());
            }
            return table;
        }

        private static Table users(final JsonNode data)
        {
            final Table table = new Table("Name", "Type", "Privileges");
            for (final JsonNode u : data)
            {
                table.row(u.path("id").asText(), u.path("type").asText(),
                        u.path("attributes").path("account").asText());
            }
            return table;
        }

        /**
         * One resource as {@code key  value} rows: its id, then its attributes flattened with dots, then its relations.
         */
        static Table keyValues(final JsonNode resource)
        {
            final Table table = new Table("Key", "Value");
            if (resource.has("id"))
            {
                table.row("id", resource.path("id").asText());
            }
            final JsonNode attributes = resource.has("attributes") ? resource.path("attributes") : resource;
            flatten(table, "", attributes);
            final Iterator<Map.Entry<String, JsonNode>> relations = resource.path("relationships").fields();
            while (relations.hasNext())
            {
                final Map.Entry<String, JsonNode> r = relations.next();
                table.row(r.getKey(), ids(r.getValue()));
            }
            return table;
        }

        private static void flatten(final Table table, final String prefix, final JsonNode node)
        {
            if (node.isObject())
            {
                final Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext())
                {
                    final Map.Entry<String, JsonNode> f = fields.next();
                    flatten(table, prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue());
                }
            }
            else if (node.isArray() && allScalar(node))
            {
                final List<String> items = new ArrayList<>();
                node.forEach(n -> items.add(n.asText()));
                table.row(prefix, String.join(", ", items));
            }
            else if (node.isArray())
            {
                for (int i = 0; i < node.size(); i++)
                {
                    flatten(table, prefix + "[" + i + "]", node.get(i));
                }
            }
            else
            {
                table.row(prefix, node.isNull() ? "" : node.asText());
            }
        }

        private static boolean allScalar(final JsonNode array)
        {
            for (final JsonNode n : array)
            {
                if (n.isContainerNode())
                {
                    return false;
                }
            }
            return true;
        }
    }
}
