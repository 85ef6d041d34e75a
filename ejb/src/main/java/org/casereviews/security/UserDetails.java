package org.casereviews.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an administrator types about a user, on creation and on every later edit. The agency is
 * required for agency liaison officers, who only ever see their own agency's work.
 */
public record UserDetails(
    @NotBlank(message = "Enter the person's full name.")
        @Size(max = 200, message = "The full name can be at most 200 characters.")
        String fullName,
    @Email(message = "Enter a valid email address, like name@council.gov.uk.")
        @Size(max = 254, message = "The email address can be at most 254 characters.")
        String email,
    @NotEmpty(message = "Choose at least one role.") Set<String> roles,
    Long agencyId) {}
