package de.buergerkoffer.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server of the tests' own: made with the installed {@code initdb} in a temp
 * folder, listening on 127.0.0.1 on a free port, stopped and deleted when the JVM exits. It never
 * touches a PostgreSQL service the machine may run. PostgreSQL refuses to run as root, so as root
 * the server runs as the user {@code postgres} (Debian's package creates it) via {@code runuser}.
 *
 * <p>Binaries: {@code -Dbk.test.postgres.bin=<folder>}, else the newest {@code
 * /usr/lib/postgresql/<version>/bin} (Debian), else {@code initdb} and {@code pg_ctl} on the PATH.
 * One server per JVM; each {@link #createDatabase()} is a new empty database on it.
 */
public final class TestPostgres {

  /** The superuser the tests log in as, with a password (scram-sha-256, as in production). */
  public static final String USER = "bk_test";

  public static final String PASSWORD = "test-only-" + UUID.randomUUID();

  private static TestPostgres running;

  private final Path bin;
  private final Path base;
  private final int port;
  private final List<String> asServerUser;
  private final AtomicInteger databases = new AtomicInteger();

  private TestPostgres(Path bin, Path base, int port, List<String> asServerUser) {
    this.bin = bin;
    this.base = base;
    this.port = port;
    this.asServerUser = asServerUser;
  }

  /** Where the PostgreSQL binaries are, if they are installed. */
  public static Optional<Path> binaries() {
    String configured = System.getProperty("bk.test.postgres.bin", "");
    if (!configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(TestPostgres::hasServer);
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Optional<Path> newest =
            versions
                .map(v -> v.resolve("bin"))
                .filter(TestPostgres::hasServer)
                .max(Comparator.comparingInt(TestPostgres::majorVersion));
        if (newest.isPresent()) {
          return newest;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
        .filter(p -> !p.isBlank())
        .map(Path::of)
        .filter(TestPostgres::hasServer)
        .findFirst();
  }

  /** The server of this JVM, started on first use. */
  public static synchronized TestPostgres server() {
    if (running == null) {
      Path bin =
          binaries()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "PostgreSQL is not installed (no initdb/pg_ctl in /usr/lib/postgresql/*/bin"
                              + " or on the PATH): apt-get install postgresql"));
      running = start(bin);
      Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "test-postgres-stop"));
    }
    return running;
  }

  /** A new, empty database on this server: its JDBC URL (log in with {@link #USER}). */
  public String createDatabase() {
    String name = "hub_" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return url(name);
  }

  /** The JDBC URL of a database on this server. */
  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  private static TestPostgres start(Path bin) {
    try {
      Path base = Files.createTempDirectory("bk-test-postgres-");
      List<String> asServerUser = new ArrayList<>();
      if (isRoot()) {
        UserPrincipalLookupService users = base.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(base, users.lookupPrincipalByName("postgres"));
        asServerUser.addAll(List.of("runuser", "-u", "postgres", "--"));
      }
      Path passwordFile = base.resolve("password");
      Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
      if (isRoot()) {
        Files.setOwner(passwordFile, Files.getOwner(base));
      }
      int port = FreePort.find();
      TestPostgres server = new TestPostgres(bin, base, port, asServerUser);
      server.run(
          "initdb",
          "-D",
          base.resolve("data").toString(),
          "-U",
          USER,
          "--pwfile=" + passwordFile,
          "--auth=scram-sha-256",
          "-E",
          "UTF8",
          "--no-locale",
          "--no-sync");
      Files.delete(passwordFile);
      server.run(
          "pg_ctl",
          "-D",
          base.resolve("data").toString(),
          "-l",
          base.resolve("server.log").toString(),
          "-w",
          "-t",
          "60",
          "-o",
          "-p "
              + port
              + " -c listen_addresses=127.0.0.1 -k "
              + base
              + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
          "start");
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
    }
  }

  private void stop() {
    try {
      run("pg_ctl", "-D", base.resolve("data").toString(), "-m", "immediate", "stop");
    } finally {
      deleteQuietly(base);
    }
  }

  private void run(String tool, String... args) {
    List<String> command = new ArrayList<>(asServerUser);
    command.add(bin.resolve(tool).toString());
    command.addAll(List.of(args));
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(base.toFile())
              .redirectErrorStream(true)
              .redirectOutput(base.resolve(tool + ".out").toFile())
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(tool + " did not finish: " + output(tool));
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command) + " failed (" + process.exitValue() + "): " + output(tool));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + tool, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String output(String tool) {
    try {
      String out = Files.readString(base.resolve(tool + ".out"));
      Path log = base.resolve("server.log");
      return Files.exists(log) ? out + "\n" + Files.readString(log) : out;
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  private static boolean hasServer(Path bin) {
    return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
  }

  private static int majorVersion(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temp folder; the OS cleans it up eventually
    }
  }
}
