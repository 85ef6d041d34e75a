package org.casereviews.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Payara domain of the test's own, made with {@code asadmin create-domain} in the unpacked Payara
 * Server the suite uses, on its own ports: admin at portbase + 48, HTTP at portbase + 80. Made
 * without an admin password: the admin user is {@code admin}.
 */
final class PayaraDomain {

  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private final Path payara;
  private final String name;
  private final int portbase;
  private final Path logs;

  PayaraDomain(Path payara, String name, int portbase, Path logs) {
    this.payara = payara;
    this.name = name;
    this.portbase = portbase;
    this.logs = logs;
  }

  Path asadmin() {
    return payara.resolve("bin/asadmin");
  }

  int adminPort() {
    return portbase + 48;
  }

  int httpPort() {
    return portbase + 80;
  }

  Path config() {
    return folder().resolve("config/domain.xml");
  }

  /** The process id of the running domain's server, which changes when it restarts. */
  long pid() throws IOException {
    return Long.parseLong(Files.readString(folder().resolve("config/pid")).trim());
  }

  Path serverLog() {
    return folder().resolve("logs/server.log");
  }

  /** Creates the domain afresh (removing one left by an earlier run) and starts it. */
  void createAndStart() {
    stopAndDelete();
    asadmin("create-domain", "--nopassword", "--portbase", Integer.toString(portbase), name);
    asadmin("start-domain", name);
  }

  /** Stops and deletes the domain, whatever state it is in; never fails. */
  void stopAndDelete() {
    if (Files.isDirectory(folder())) {
      run("stop-domain", name);
      run("delete-domain", name);
    }
  }

  private Path folder() {
    return payara.resolve("glassfish/domains").resolve(name);
  }

  private void asadmin(String... arguments) {
    Command command = run(arguments);
    if (!command.succeeded()) {
      throw new IllegalStateException(
          "asadmin " + String.join(" ", arguments) + " failed:\n" + command.output());
    }
  }

  private Command run(String... arguments) {
    List<String> command = new ArrayList<>(List.of(asadmin().toString()));
    command.addAll(List.of(arguments));
    return Command.run(
        command, Map.of(), TIMEOUT, logs.resolve("asadmin-" + arguments[0] + ".log"));
  }
}
