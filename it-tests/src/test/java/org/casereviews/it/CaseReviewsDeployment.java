package org.casereviews.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every integration test: the EAR the build produced, unchanged, with this
 * module's test classes added to its WAR so that in-container tests can inject the EJBs, with the
 * XML of the test's own batch job. Browser tests and the test mail server run only on the client
 * and stay out of it.
 */
public final class CaseReviewsDeployment {

  private CaseReviewsDeployment() {}

  @Deployment
  public static EnterpriseArchive ear() {
    File earFile = new File(System.getProperty("casereviews.it.ear"));
    EnterpriseArchive ear =
        ShrinkWrap.create(ZipImporter.class, "casereviews.ear")
            .importFrom(earFile)
            .as(EnterpriseArchive.class);
    WebArchive war = ear.getAsType(WebArchive.class, "casereviews-web.war");
    testClasses().forEach(war::addClass);
    // the job the test deployment's schedules start (org.casereviews.cluster.ProbeSchedules)
    war.addAsResource(
        "ScheduledRunIT/scheduled-run-probe.xml", "META-INF/batch-jobs/scheduled-run-probe.xml");
    return ear;
  }

  private static Stream<String> testClasses() {
    Path root;
    try {
      root =
          Path.of(
              CaseReviewsDeployment.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class"))
          .filter(name -> !name.startsWith("org/casereviews/browser/"))
          .filter(name -> !name.startsWith("org/casereviews/it/mail/"))
          .filter(name -> !name.startsWith("org/casereviews/it/SingleDeployment"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
