package org.casereviews.security;

import java.util.Set;

/**
 * A person as the council's directory knows them: their entry's name, what to call them, their
 * e-mail address, whether the directory has disabled them and the names of their groups.
 */
record DirectoryEntry(
    String dn, String fullName, String email, boolean disabled, Set<String> groups) {}
