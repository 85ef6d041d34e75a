package org.casereviews.it;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link SingleDeployment}: the EAR is deployed once per run, not once per class. */
public class SingleDeploymentExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(SingleDeployment.class);
  }
}
