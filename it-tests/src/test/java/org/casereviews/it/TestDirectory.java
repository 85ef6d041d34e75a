package org.casereviews.it;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFException;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The council's directory for the whole test run: a real LDAP server (UnboundID's, in memory, in
 * the test JVM) laid out as Active Directory is, on the port the test domain's {@code
 * casereviews.ldap.url} names (28389 unless {@code casereviews.it.ldapPort} says otherwise). It is
 * up from the first test to the last, as a council's directory would be, so that every test's
 * sign-in of a name that is not a casereviews account asks it. Tests add their own people and
 * groups, and may stop it for a moment to see what happens when it is down.
 */
public final class TestDirectory implements LauncherSessionListener {

  public static final String BASE = "DC=council,DC=example";
  public static final String SERVICE_DN = "CN=casereviews,OU=Service Accounts," + BASE;
  public static final String SERVICE_PASSWORD = "Directory-IT-bind-2026";

  private static InMemoryDirectoryServer server;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    try {
      start();
    } catch (LDAPException | LDIFException e) {
      throw new IllegalStateException("The test directory could not start: " + e.getMessage(), e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (server != null) {
      server.shutDown(true);
      server = null;
    }
  }

  /** The address the test domain is configured with. */
  public static String url() {
    return "ldap://127.0.0.1:" + port();
  }

  /** Adds a person of Active Directory's kind and returns their entry's name. */
  public static String person(String account, String name, String password, String... groups) {
    String dn = "CN=" + name + ",OU=Staff," + BASE;
    add(
        "dn: " + dn,
        "objectClass: user",
        "sAMAccountName: " + account,
        "displayName: " + name,
        "mail: " + account + "@council.example",
        "userAccountControl: 512",
        "userPassword: " + password);
    for (String group : groups) {
      joinGroup(dn, group);
    }
    return dn;
  }

  /** Puts a person into a group, making the group when it is new. */
  public static void joinGroup(String personDn, String group) {
    String groupDn = "CN=" + group + ",OU=Groups," + BASE;
    try {
      if (server.getEntry(groupDn) == null) {
        add("dn: " + groupDn, "objectClass: group", "cn: " + group);
      }
      server.modify(groupDn, new Modification(ModificationType.ADD, "member", personDn));
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Takes a person out of a group. */
  public static void leaveGroup(String personDn, String group) {
    modify(
        "CN=" + group + ",OU=Groups," + BASE,
        new Modification(ModificationType.DELETE, "member", personDn));
  }

  /** Disables a person as Active Directory does: the ACCOUNTDISABLE bit of userAccountControl. */
  public static void disable(String personDn) {
    modify(personDn, new Modification(ModificationType.REPLACE, "userAccountControl", "514"));
  }

  /** Stops answering (connections are refused) until {@link #resume()}. */
  public static void stop() {
    server.shutDown(true);
  }

  public static void resume() {
    try {
      server.startListening();
    } catch (LDAPException e) {
      throw new IllegalStateException("The test directory could not start again", e);
    }
  }

  private static synchronized void start() throws LDAPException, LDIFException {
    if (server != null) {
      return;
    }
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    // Active Directory's classes (user, group, sAMAccountName) are not in the standard schema
    config.setSchema(null);
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", port()));
    config.addAdditionalBindCredentials(SERVICE_DN, SERVICE_PASSWORD);
    server = new InMemoryDirectoryServer(config);
    server.add("dn: " + BASE, "objectClass: domain", "dc: council");
    for (String unit : List.of("Staff", "Groups", "Service Accounts")) {
      server.add("dn: OU=" + unit + "," + BASE, "objectClass: organizationalUnit", "ou: " + unit);
    }
    server.startListening();
  }

  private static int port() {
    return Integer.parseInt(System.getProperty("casereviews.it.ldapPort", "28389"));
  }

  private static void add(String... ldif) {
    try {
      server.add(ldif);
    } catch (LDAPException | LDIFException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void modify(String dn, Modification modification) {
    try {
      server.modify(dn, modification);
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }
}
