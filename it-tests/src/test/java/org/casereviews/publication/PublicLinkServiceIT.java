package org.casereviews.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.UUID;
import org.casereviews.it.RunAs;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public page's links inside the server: new links go last in their collection, and move up and
 * down within it only; the list comes in the page's order of sections.
 */
@ExtendWith(ArquillianExtension.class)
class PublicLinkServiceIT {

  @EJB private PublicLinkService links;

  @EJB private RunAs.Admin admin;

  @Test
  void newLinksGoLastAndMoveWithinTheirCollection() {
    String collection = "CAMHS " + UUID.randomUUID();
    long first = add(LinkSection.THEMATIC_COLLECTION, collection, "First");
    long second = add(LinkSection.THEMATIC_COLLECTION, collection, "Second");
    long third = add(LinkSection.THEMATIC_COLLECTION, collection, "Third");

    admin.call(() -> links.move(third, true));
    admin.call(() -> links.move(first, true));

    assertEquals(List.of("First", "Third", "Second"), titles(collection));
    assertEquals(
        List.of(1, 2, 3), inCollection(collection).stream().map(PublicLink::getPosition).toList());
    admin.call(() -> links.move(second, false));
    assertEquals(List.of("First", "Third", "Second"), titles(collection));
  }

  @Test
  void theListComesInThePageOrderOfSections() {
    String label = UUID.randomUUID().toString();
    add(LinkSection.NATIONAL_GUIDANCE, null, "Guidance " + label);
    add(LinkSection.NATIONAL_REVIEW, null, "National " + label);

    List<LinkSection> sections = links.list().stream().map(PublicLink::getSection).toList();

    for (int i = 1; i < sections.size(); i++) {
      assertTrue(sections.get(i - 1).compareTo(sections.get(i)) <= 0, sections.toString());
    }
  }

  private long add(LinkSection section, String collection, String title) {
    PublicLink link = new PublicLink();
    link.setSection(section);
    link.setCollection(collection);
    link.setTitle(title);
    link.setUrl("https://example.org/" + UUID.randomUUID());
    return admin.call(() -> links.save(link)).getId();
  }

  private List<PublicLink> inCollection(String collection) {
    return links.list().stream().filter(l -> collection.equals(l.getCollection())).toList();
  }

  private List<String> titles(String collection) {
    return inCollection(collection).stream().map(PublicLink::getTitle).toList();
  }
}
