package org.casereviews.publication;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * What a member of the public fills in to ask for an archived review's reports. The messages are
 * written for them: they say what to put right.
 */
public record ArchiveRequestForm(
    @NotNull(message = "Choose the review whose reports you are asking for.") Long reviewId,
    @NotBlank(message = "Give your name.")
        @Size(max = 200, message = "Keep your name to 200 characters.")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "Give your name on one line.")
        String name,
    @NotBlank(message = "Give your e-mail address: the answer is sent there.")
        @Size(max = 254, message = "Keep your e-mail address to 254 characters.")
        @Email(
            regexp = "[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+",
            message = "Give a whole e-mail address, such as jo.bloggs@example.org.")
        String email,
    @Size(max = 200, message = "Keep the organisation's name to 200 characters.")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "Give the organisation on one line.")
        String organisation,
    @NotBlank(message = "Say why you would like the report, such as research or training.")
        @Size(max = 2000, message = "Keep the reason to 2000 characters.")
        String reason) {

  /** The address as it is kept and compared: without spaces around it, in lower case. */
  static String normalisedEmail(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
