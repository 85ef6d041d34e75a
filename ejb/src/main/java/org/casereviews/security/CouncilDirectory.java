package org.casereviews.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The council's directory (LDAP, such as Active Directory), when {@code casereviews.ldap.url} is
 * set. The application binds with its own account ({@code casereviews.ldap.bind-dn} and {@code
 * -password}) to find a person by the name they typed and their groups, then binds as that person
 * to check their password. Typed names reach the directory only as filter arguments, which JNDI
 * escapes, so a name such as {@code *} matches nobody.
 */
@ApplicationScoped
public class CouncilDirectory {

  private static final Logger LOG = Logger.getLogger(CouncilDirectory.class.getName());
  private static final String AD_ACCOUNT_CONTROL = "userAccountControl";
  private static final int AD_ACCOUNT_DISABLED = 0x2;
  private static final String OPENLDAP_LOCKED = "pwdAccountLockedTime";
  private static final String DS389_LOCKED = "nsAccountLock";

  @Inject
  @ConfigProperty(name = "casereviews.ldap.url", defaultValue = " ")
  String url;

  @Inject
  @ConfigProperty(name = "casereviews.ldap.bind-dn", defaultValue = " ")
  String bindDn;

  @Inject
  @ConfigProperty(name = "casereviews.ldap.bind-password", defaultValue = " ")
  String bindPassword;

  @Inject
  @ConfigProperty(name = "casereviews.ldap.user-base", defaultValue = " ")
  String userBase;

  @Inject
  @ConfigProperty(
      name = "casereviews.ldap.user-filter",
      defaultValue = "(&(objectClass=user)(sAMAccountName={0}))")
  String userFilter;

  @Inject
  @ConfigProperty(name = "casereviews.ldap.group-base", defaultValue = " ")
  String groupBase;

  @Inject
  @ConfigProperty(
      name = "casereviews.ldap.group-filter",
      defaultValue = "(&(objectClass=group)(member={0}))")
  String groupFilter;

  @Inject
  @ConfigProperty(name = "casereviews.ldap.group-name-attribute", defaultValue = "cn")
  String groupNameAttribute;

  @Inject
  @ConfigProperty(name = "casereviews.ldap.name-attribute", defaultValue = "displayName")
  String nameAttribute;

  @Inject
  @ConfigProperty(name = "casereviews.ldap.mail-attribute", defaultValue = "mail")
  String mailAttribute;

  @Inject
  @ConfigProperty(name = "casereviews.ldap.roles", defaultValue = " ")
  String roleMapping;

  @Inject
  @ConfigProperty(name = "casereviews.ldap.agencies", defaultValue = " ")
  String agencyMapping;

  @Inject
  @ConfigProperty(name = "casereviews.ldap.timeout", defaultValue = "PT5S")
  Duration timeout;

  private GroupMapping mapping;

  @PostConstruct
  void readMapping() {
    mapping = new GroupMapping(roleMapping, agencyMapping);
    if (!isEnabled()) {
      return;
    }
    mapping.problems().forEach(LOG::severe);
    if (mapping.isEmpty()) {
      LOG.severe(
          "The council directory "
              + where()
              + " is on, but casereviews.ldap.roles maps no group to a role: nobody of the"
              + " directory can sign in.");
    }
  }

  /** Whether sign-in through the directory is on. */
  public boolean isEnabled() {
    return !url.isBlank();
  }

  /** The directory's address, for log lines. */
  String where() {
    return url.trim();
  }

  /** The roles and agency the directory's groups give a person. */
  GroupMapping.Grant grant(DirectoryEntry entry) {
    return mapping.grant(entry.groups());
  }

  /** The person of this user name, with their groups, if the directory knows exactly one. */
  Optional<DirectoryEntry> find(String username) throws DirectoryUnavailableException {
    DirContext context = connectAsApplication();
    try {
      SearchControls controls =
          controls(nameAttribute, mailAttribute, AD_ACCOUNT_CONTROL, OPENLDAP_LOCKED, DS389_LOCKED);
      controls.setCountLimit(2);
      NamingEnumeration<SearchResult> found =
          context.search(userBase.trim(), userFilter, new Object[] {username}, controls);
      if (!found.hasMore()) {
        return Optional.empty();
      }
      SearchResult person = found.next();
      if (found.hasMore()) {
        LOG.warning(
            () ->
                "The council directory "
                    + where()
                    + " has more than one entry for a user name; check casereviews.ldap.user-filter.");
        return Optional.empty();
      }
      String dn = person.getNameInNamespace();
      Attributes attributes = person.getAttributes();
      return Optional.of(
          new DirectoryEntry(
              dn,
              text(attributes, nameAttribute),
              text(attributes, mailAttribute),
              disabled(attributes),
              groups(context, dn)));
    } catch (javax.naming.SizeLimitExceededException ambiguous) {
      return Optional.empty();
    } catch (NamingException e) {
      throw unavailable("could not be searched", e);
    } finally {
      close(context);
    }
  }

  /** Whether the directory accepts this password for the person of this entry. */
  boolean passwordMatches(DirectoryEntry entry, String password)
      throws DirectoryUnavailableException {
    if (password == null || password.isEmpty()) {
      // an LDAP bind with an empty password is an anonymous bind, which many directories allow
      return false;
    }
    try {
      close(connect(entry.dn(), password));
      return true;
    } catch (AuthenticationException wrong) {
      return false;
    } catch (NamingException e) {
      throw unavailable("cannot be reached", e);
    }
  }

  private Set<String> groups(DirContext context, String dn) throws NamingException {
    SearchControls controls = controls(groupNameAttribute);
    String base = groupBase.isBlank() ? userBase.trim() : groupBase.trim();
    Set<String> names = new TreeSet<>();
    NamingEnumeration<SearchResult> found =
        context.search(base, groupFilter, new Object[] {dn}, controls);
    while (found.hasMore()) {
      String name = text(found.next().getAttributes(), groupNameAttribute);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  /** A search of the base's whole subtree for these attributes, within the timeout. */
  private SearchControls controls(String... attributes) {
    SearchControls controls = new SearchControls();
    controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
    controls.setReturningAttributes(attributes);
    controls.setTimeLimit((int) timeout.toMillis());
    return controls;
  }

  private DirContext connect(String principal, String password) throws NamingException {
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    env.put(Context.PROVIDER_URL, url.trim());
    env.put(Context.SECURITY_AUTHENTICATION, "simple");
    env.put(Context.SECURITY_PRINCIPAL, principal);
    env.put(Context.SECURITY_CREDENTIALS, password);
    env.put(Context.REFERRAL, "ignore");
    env.put("com.sun.jndi.ldap.connect.timeout", Long.toString(timeout.toMillis()));
    env.put("com.sun.jndi.ldap.read.timeout", Long.toString(timeout.toMillis()));
    return new InitialDirContext(env);
  }

  private DirContext connectAsApplication() throws DirectoryUnavailableException {
    try {
      return connect(bindDn.trim(), bindPassword);
    } catch (AuthenticationException refused) {
      throw unavailable(
          "refused the application's own bind (check casereviews.ldap.bind-dn and"
              + " casereviews.ldap.bind-password)",
          refused);
    } catch (NamingException e) {
      throw unavailable("cannot be reached", e);
    }
  }

  private DirectoryUnavailableException unavailable(String what, NamingException cause) {
    String reason =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new DirectoryUnavailableException(
        "The council directory " + where() + " " + what + ": " + reason, cause);
  }

  private static boolean disabled(Attributes attributes) throws NamingException {
    String control = text(attributes, AD_ACCOUNT_CONTROL);
    if (control != null && control.matches("\\d+")) {
      if ((Long.parseLong(control) & AD_ACCOUNT_DISABLED) != 0) {
        return true;
      }
    }
    return attributes.get(OPENLDAP_LOCKED) != null
        || "true".equalsIgnoreCase(text(attributes, DS389_LOCKED));
  }

  private static String text(Attributes attributes, String name) throws NamingException {
    Attribute attribute = attributes.get(name);
    if (attribute == null || attribute.size() == 0) {
      return null;
    }
    Object value = attribute.get();
    return value == null ? null : value.toString().trim();
  }

  private static void close(DirContext context) {
    try {
      context.close();
    } catch (NamingException ignored) {
      // the connection is going anyway
    }
  }
}
