package org.casereviews.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The directory client against a real LDAP server (UnboundID's, in memory), laid out as an OpenLDAP
 * directory would be: people by {@code uid}, {@code groupOfNames} groups. The integration tests use
 * the Active Directory layout and the defaults.
 */
class CouncilDirectoryTest {

  private static final String BASE = "dc=council,dc=example";
  private static final String SERVICE = "cn=casereviews,ou=services," + BASE;

  private InMemoryDirectoryServer server;
  private CouncilDirectory directory;

  @BeforeEach
  void startDirectory() throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.setSchema(null);
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
    config.addAdditionalBindCredentials(SERVICE, "service-secret");
    server = new InMemoryDirectoryServer(config);
    server.add("dn: " + BASE, "objectClass: domain", "dc: council");
    server.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
    server.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
    person("asmith", "Alice Smith", "alice.smith@council.example");
    person("bjones", "Bob Jones", null);
    server.add(
        "dn: uid=left,ou=people," + BASE,
        "objectClass: inetOrgPerson",
        "uid: left",
        "cn: Left Behind",
        "userPassword: Left-Behind-2026",
        "pwdAccountLockedTime: 20261101000000Z");
    group("SCP Reviewers", "asmith", "bjones");
    group("SCP Police Liaison", "asmith");
    server.startListening();
    directory = new CouncilDirectory();
    directory.url = "ldap://127.0.0.1:" + server.getListenPort();
    directory.bindDn = SERVICE;
    directory.bindPassword = "service-secret";
    directory.userBase = "ou=people," + BASE;
    directory.userFilter = "(&(objectClass=inetOrgPerson)(uid={0}))";
    directory.groupBase = "ou=groups," + BASE;
    directory.groupFilter = "(&(objectClass=groupOfNames)(member={0}))";
    directory.groupNameAttribute = "cn";
    directory.nameAttribute = "cn";
    directory.mailAttribute = "mail";
    directory.roleMapping = "SCP Reviewers=review-officer";
    directory.agencyMapping = "";
    directory.timeout = Duration.ofSeconds(2);
    directory.readMapping();
  }

  @AfterEach
  void stopDirectory() {
    server.shutDown(true);
  }

  @Test
  void findsAPersonWithTheirNameAddressAndGroups() throws Exception {
    DirectoryEntry alice = directory.find("asmith").orElseThrow();

    assertEquals("uid=asmith,ou=people," + BASE, alice.dn());
    assertEquals("Alice Smith", alice.fullName());
    assertEquals("alice.smith@council.example", alice.email());
    assertFalse(alice.disabled());
    assertEquals(Set.of("SCP Reviewers", "SCP Police Liaison"), alice.groups());
    assertEquals(Set.of("review-officer"), directory.grant(alice).roles());
  }

  @Test
  void checksThePasswordByBindingAsThePerson() throws Exception {
    DirectoryEntry alice = directory.find("asmith").orElseThrow();

    assertTrue(directory.passwordMatches(alice, "asmith-Password-1"));
    assertFalse(directory.passwordMatches(alice, "not her password"));
    // an empty password would be an anonymous bind, which succeeds on many directories
    assertFalse(directory.passwordMatches(alice, ""));
  }

  @Test
  void aTypedNameIsAValueNeverAFilter() throws Exception {
    assertEquals(Optional.empty(), directory.find("*"));
    assertEquals(Optional.empty(), directory.find("asmith)(uid=*"));
    assertEquals(Optional.empty(), directory.find("nobody"));
  }

  @Test
  void aLockedEntryIsDisabled() throws Exception {
    assertTrue(directory.find("left").orElseThrow().disabled());
  }

  @Test
  void anActiveDirectoryAccountControlWithTheDisabledBitIsDisabled() throws Exception {
    server.modify(
        "dn: uid=bjones,ou=people," + BASE,
        "changetype: modify",
        "add: userAccountControl",
        "userAccountControl: 514");

    assertTrue(directory.find("bjones").orElseThrow().disabled());
    server.modify(
        "dn: uid=bjones,ou=people," + BASE,
        "changetype: modify",
        "replace: userAccountControl",
        "userAccountControl: 512");
    assertFalse(directory.find("bjones").orElseThrow().disabled());
  }

  @Test
  void aRefusedApplicationBindNamesTheSettingsToCheck() {
    directory.bindPassword = "wrong";

    DirectoryUnavailableException refused =
        assertThrows(DirectoryUnavailableException.class, () -> directory.find("asmith"));

    assertTrue(
        refused
            .getMessage()
            .startsWith(
                "The council directory "
                    + directory.url
                    + " refused the"
                    + " application's own bind (check casereviews.ldap.bind-dn and"
                    + " casereviews.ldap.bind-password)"),
        refused.getMessage());
  }

  @Test
  void aDirectoryThatIsDownIsNamed() throws Exception {
    DirectoryEntry alice = directory.find("asmith").orElseThrow();
    server.shutDown(true);

    DirectoryUnavailableException down =
        assertThrows(DirectoryUnavailableException.class, () -> directory.find("asmith"));
    assertTrue(
        down.getMessage()
            .startsWith("The council directory " + directory.url + " cannot be reached"),
        down.getMessage());
    assertThrows(
        DirectoryUnavailableException.class, () -> directory.passwordMatches(alice, "anything"));
  }

  private void person(String uid, String name, String mail) throws Exception {
    server.add(
        "dn: uid=" + uid + ",ou=people," + BASE,
        "objectClass: inetOrgPerson",
        "uid: " + uid,
        "cn: " + name,
        "userPassword: " + uid + "-Password-1");
    if (mail != null) {
      server.modify(
          "dn: uid=" + uid + ",ou=people," + BASE,
          "changetype: modify",
          "add: mail",
          "mail: " + mail);
    }
  }

  private void group(String name, String... members) throws Exception {
    server.add("dn: cn=" + name + ",ou=groups," + BASE, "objectClass: groupOfNames", "cn: " + name);
    for (String member : members) {
      server.modify(
          "dn: cn=" + name + ",ou=groups," + BASE,
          "changetype: modify",
          "add: member",
          "member: uid=" + member + ",ou=people," + BASE);
    }
  }
}
