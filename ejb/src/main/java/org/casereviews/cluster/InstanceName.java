package org.casereviews.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of this instance of the application as an administrator reads it in the claims and the
 * log: Payara's instance name and the host, such as {@code instance1@app01}. The instance name
 * alone is not enough: every stand-alone domain's server is called {@code server}.
 */
public final class InstanceName {

  /** The column the name is kept in holds no more. */
  static final int MAX_LENGTH = 200;

  private static final String CURRENT =
      of(System.getProperty("com.sun.aas.instanceName"), hostName());

  private InstanceName() {}

  /** This instance's name, worked out once. */
  public static String current() {
    return CURRENT;
  }

  /** The name from Payara's instance name and the host name, either of which may be missing. */
  static String of(String instance, String host) {
    String name;
    if (present(instance) && present(host)) {
      name = instance.strip() + "@" + host.strip();
    } else if (present(instance)) {
      name = instance.strip();
    } else if (present(host)) {
      name = host.strip();
    } else {
      // still tells two processes of one machine apart in the claims
      name = "process " + ProcessHandle.current().pid();
    }
    return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return System.getenv("HOSTNAME");
    }
  }
}
