package org.casereviews.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which directory groups give which role, and which give an agency: {@code casereviews.ldap.roles}
 * and {@code casereviews.ldap.agencies}, written as {@code group name=value} pairs separated by
 * semicolons, a group's roles separated by commas ({@code SCP Business Unit=partnership-admin;SCP
 * Reviewers=review-officer}). Group names are compared ignoring case. A pair that is not understood
 * is kept out and reported in {@link #problems()}, for the server log.
 */
final class GroupMapping {

  /** The roles and agency a person's groups give, or why they give none that can be used. */
  record Grant(Set<String> roles, String agencyCode, String refusal) {

    boolean isRefused() {
      return refusal != null;
    }
  }

  private final Map<String, Set<String>> roles = new TreeMap<>();
  private final Map<String, String> agencies = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();

  GroupMapping(String roleMapping, String agencyMapping) {
    pairs(roleMapping, "casereviews.ldap.roles")
        .forEach((group, value) -> addRoles(group, value.split(",")));
    pairs(agencyMapping, "casereviews.ldap.agencies")
        .forEach((group, code) -> agencies.put(group, code.toUpperCase(Locale.ROOT)));
  }

  private void addRoles(String group, String[] names) {
    for (String name : names) {
      String role = name.trim();
      if (Roles.ALL.contains(role)) {
        roles.computeIfAbsent(group, g -> new TreeSet<>()).add(role);
      } else {
        problems.add(
            "casereviews.ldap.roles: \""
                + role
                + "\" is not a role (one of "
                + String.join(", ", Roles.ALL)
                + ").");
      }
    }
  }

  /** What is wrong in the configuration, one sentence each. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  boolean isEmpty() {
    return roles.isEmpty();
  }

  /** The roles and agency of a person in these groups. */
  Grant grant(Set<String> groups) {
    Set<String> granted = new TreeSet<>();
    Set<String> agencyCodes = new TreeSet<>();
    for (String group : groups) {
      String key = key(group);
      granted.addAll(roles.getOrDefault(key, Set.of()));
      if (agencies.containsKey(key)) {
        agencyCodes.add(agencies.get(key));
      }
    }
    if (granted.isEmpty()) {
      return new Grant(Set.of(), null, "in no directory group mapped to a role");
    }
    if (agencyCodes.size() > 1) {
      return new Grant(
          Set.of(),
          null,
          "in the groups of several agencies (" + String.join(", ", agencyCodes) + ")");
    }
    String agency = agencyCodes.isEmpty() ? null : agencyCodes.iterator().next();
    if (granted.contains(Roles.AGENCY_LIAISON) && agency == null) {
      return new Grant(Set.of(), null, "an agency liaison officer in no agency's group");
    }
    return new Grant(Set.copyOf(granted), agency, null);
  }

  private Map<String, String> pairs(String mapping, String key) {
    Map<String, String> pairs = new TreeMap<>();
    if (mapping == null) {
      return pairs;
    }
    for (String pair : mapping.split("[;\\n]")) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.lastIndexOf('=');
      String group = equals < 0 ? "" : pair.substring(0, equals).trim();
      String value = equals < 0 ? "" : pair.substring(equals + 1).trim();
      if (group.isEmpty() || value.isEmpty()) {
        problems.add(key + ": \"" + pair.trim() + "\" is not of the form group name=value.");
      } else {
        pairs.put(key(group), value);
      }
    }
    return pairs;
  }

  private static String key(String group) {
    return group.trim().toLowerCase(Locale.ROOT);
  }
}
