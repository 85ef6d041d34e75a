package org.casereviews.it;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;

/**
 * Deploys {@link CaseReviewsDeployment} for the first test class and lets every later class use
 * that same deployment; undeploys it once, when the container stops at the end of the run. Test
 * classes therefore declare no {@code @Deployment} of their own. Arquillian otherwise deploys and
 * undeploys per class, which costs several seconds a class.
 */
public class SingleDeployment {

  @Inject @ClassScoped private InstanceProducer<DeploymentScenario> classScenario;

  @Inject private Instance<ClassContext> classContext;

  @Inject private Event<GenerateDeployment> generate;

  @Inject private Event<UnDeployManagedDeployments> undeploy;

  private DeploymentScenario shared;
  private boolean generating;
  private boolean deployed;
  private boolean undeploying;

  public void generateOnce(@Observes EventContext<GenerateDeployment> context) {
    if (generating) {
      context.proceed();
      return;
    }
    if (shared == null) {
      generating = true;
      try {
        generate.fire(new GenerateDeployment(new TestClass(CaseReviewsDeployment.class)));
      } finally {
        generating = false;
      }
      shared = classScenario.get();
    }
    classScenario.set(shared);
  }

  public void deployOnce(@Observes EventContext<DeployManagedDeployments> context) {
    if (!deployed) {
      deployed = true;
      context.proceed();
    }
  }

  public void undeployOnlyAtTheEnd(@Observes EventContext<UnDeployManagedDeployments> context) {
    if (undeploying) {
      context.proceed();
    }
  }

  public void undeployAtTheEnd(@Observes BeforeStop event) {
    if (shared == null || !deployed) {
      return;
    }
    undeploying = true;
    classContext.get().activate(CaseReviewsDeployment.class);
    try {
      classScenario.set(shared);
      undeploy.fire(new UnDeployManagedDeployments());
    } finally {
      classContext.get().deactivate();
      undeploying = false;
    }
  }
}
