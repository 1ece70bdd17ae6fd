package org.collabacademy;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several cached Spring contexts (H2, PostgreSQL) each install their own security context strategy as the
 * static one when they start. Before each test this makes the static strategy the one of the test's own
 * context, so that code reading {@code SecurityContextHolder} in that context's web requests sees the user
 * its filter chain signed in (in production there is only one context).
 */
public class SecurityStrategyPerContext implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
