package org.casereviews.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An entry of a reference list the partnership keeps (agencies, review themes): a stable code that
 * other systems and files use, a name people read, and whether it may still be chosen. Entries are
 * never deleted, because past records keep pointing at them.
 */
@MappedSuperclass
public abstract class ReferenceItem {

  @NotBlank(message = "Enter a code.")
  @Size(max = 40, message = "The code can be at most 40 characters.")
  @Pattern(
      regexp = "[A-Z0-9_]+",
      message = "The code can only use capital letters, digits and underscores, like POLICE.")
  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @NotBlank(message = "Enter a name.")
  @Size(max = 200, message = "The name can be at most 200 characters.")
  @Column(nullable = false, unique = true, length = 200)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  public abstract Long getId();

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public long getVersion() {
    return version;
  }
}
