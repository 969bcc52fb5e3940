package org.kzcz.relations.config;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import sun.misc.Signal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * A SIGTERM (a deploy, an orchestrator) closes the application gracefully: the web server
 * stops taking connections, requests in flight complete (within
 * {@code spring.lifecycle.timeout-per-shutdown-phase}), then the process exits with 0
 * rather than the JVM's 143, so supervisors read it as the clean stop it is.
 */
@Component
class GracefulTermination implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log log = LogFactory.getLog(GracefulTermination.class);

	private final Duration phaseTimeout;

	GracefulTermination(@Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration phaseTimeout) {
		this.phaseTimeout = phaseTimeout;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		if (context.getParent() != null
				|| !context.getEnvironment().getProperty("app.exit-zero-on-sigterm", Boolean.class, true)) {
			return;
		}
		Signal.handle(new Signal("TERM"), (signal) -> {
			Thread watchdog = Thread.ofPlatform().daemon().unstarted(() -> {
				sleep(this.phaseTimeout.plusSeconds(15));
				log.error("Shutdown took too long; halting");
				Runtime.getRuntime().halt(1);
			});
			watchdog.start();
			Thread.ofPlatform().name("graceful-termination").start(() -> {
				log.info("SIGTERM received: draining requests, then exiting");
				System.exit(SpringApplication.exit(context));
			});
		});
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
