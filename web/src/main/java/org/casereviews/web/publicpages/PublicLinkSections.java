package org.casereviews.web.publicpages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.casereviews.publication.LinkSection;
import org.casereviews.publication.PublicLink;

/**
 * The links of the public page in its sections (national reviews, thematic collections, other
 * partnerships' reviews, national guidance), each section's links grouped by collection, such as
 * "Child sexual exploitation". Sections without links are left out.
 */
public final class PublicLinkSections {

  /** A collection of links within a section; {@code name} is null for links in none. */
  public record Group(String name, List<PublicLink> links) {}

  /** One section of links: {@code id} for the page's anchors, such as "national-review". */
  public record Section(String id, String heading, List<Group> groups) {}

  private PublicLinkSections() {}

  /** The sections of {@code links}, which come in the order the service gives. */
  public static List<Section> of(List<PublicLink> links) {
    List<Section> sections = new ArrayList<>();
    for (LinkSection section : LinkSection.values()) {
      Map<String, List<PublicLink>> byCollection = new LinkedHashMap<>();
      links.stream()
          .filter(link -> link.getSection() == section)
          .forEach(
              link ->
                  byCollection
                      .computeIfAbsent(
                          Objects.requireNonNullElse(link.getCollection(), ""),
                          name -> new ArrayList<>())
                      .add(link));
      if (!byCollection.isEmpty()) {
        List<Group> groups = new ArrayList<>();
        byCollection.forEach(
            (name, inGroup) -> groups.add(new Group(name.isEmpty() ? null : name, inGroup)));
        sections.add(
            new Section(
                section.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                section.getLabel(),
                groups));
      }
    }
    return sections;
  }
}
